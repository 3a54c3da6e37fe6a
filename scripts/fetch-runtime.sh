#!/usr/bin/env bash
# Fetches the ONNX Runtime shared library from the PyPI `onnxruntime` wheel into .runtime/.
# Idempotent: does nothing when the pinned library is already there.
set -euo pipefail

ORT_VERSION="${ORT_VERSION:-1.32.0}"
# sha256 of onnxruntime-1.32.0-cp312-cp312-manylinux_2_28_x86_64.whl as served by PyPI.
WHEEL_SHA256="${WHEEL_SHA256:-99e1074c4b2197accd5073052a465361be17b89c093b8ffb6e6bd8f986c52df8}"
DEST="${1:-.runtime}"
LIB="$DEST/libonnxruntime.so.$ORT_VERSION"

if [ -f "$LIB" ] && [ -L "$DEST/libonnxruntime.so" ]; then
  exit 0
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) PLATFORM=manylinux_2_28_x86_64 ;;
  Linux-aarch64) PLATFORM=manylinux_2_28_aarch64; WHEEL_SHA256="" ;;
  *) echo "fetch-runtime: no prebuilt wheel known for $(uname -s)-$(uname -m); set ORT_DYLIB_PATH to your libonnxruntime" >&2; exit 1 ;;
esac

command -v python3 >/dev/null || { echo "fetch-runtime: python3 with pip is needed to fetch the onnxruntime wheel" >&2; exit 1; }

mkdir -p "$DEST"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "fetch-runtime: downloading onnxruntime==$ORT_VERSION wheel from PyPI" >&2
python3 -m pip download --quiet --no-deps --only-binary=:all: --platform "$PLATFORM" \
  --python-version 3.12 --implementation cp -d "$tmp" "onnxruntime==$ORT_VERSION"
wheel="$(ls "$tmp"/onnxruntime-*.whl)"
if [ -n "$WHEEL_SHA256" ]; then
  got="$(sha256sum "$wheel" | cut -d' ' -f1)"
  if [ "$got" != "$WHEEL_SHA256" ]; then
    echo "fetch-runtime: sha256 mismatch for $wheel: expected $WHEEL_SHA256, got $got" >&2
    exit 1
  fi
fi
python3 - "$wheel" "$DEST" "$ORT_VERSION" <<'PY'
import sys, zipfile, os
wheel, dest, version = sys.argv[1:]
name = f"onnxruntime/capi/libonnxruntime.so.{version}"
with zipfile.ZipFile(wheel) as z:
    data = z.read(name)
tmp = os.path.join(dest, f".libonnxruntime.so.{version}.part")
with open(tmp, "wb") as f:
    f.write(data)
os.chmod(tmp, 0o755)
os.replace(tmp, os.path.join(dest, f"libonnxruntime.so.{version}"))
PY
ln -sfn "libonnxruntime.so.$ORT_VERSION" "$DEST/libonnxruntime.so"
echo "fetch-runtime: ONNX Runtime $ORT_VERSION ready in $DEST" >&2
