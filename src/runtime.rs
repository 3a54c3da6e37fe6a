//! Finding and loading the ONNX Runtime shared library.
//!
//! gainsay loads `libonnxruntime.so` at run time (ort's `load-dynamic`), so no download happens at
//! build time. The library is looked up in this order:
//! 1. `ORT_DYLIB_PATH`;
//! 2. next to the executable;
//! 3. a `.runtime/` folder in the executable's directory or one of its ancestors (the checkout's
//!    `make setup` fills `<checkout>/.runtime/`);
//! 4. the user-level data folder: `$GAINSAY_HOME/lib/` or `~/.local/share/gainsay/lib/`.
//!
//! Every candidate is checked before it is handed to ort: ort panics (or can hang) on a path it
//! cannot load, gainsay returns [`Error::RuntimeNotFound`] / [`Error::RuntimeLoad`] instead.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use crate::error::{Error, Result};

/// File names tried in each folder, most specific first.
const LIB_NAMES: &[&str] = &[
    "libonnxruntime.so",
    "libonnxruntime.so.1",
    "libonnxruntime.dylib",
];

/// The ONNX Runtime minor version this build needs at least (`api-31` → 1.31).
pub const MIN_MINOR_VERSION: u32 = ort::MINOR_VERSION;

static RUNTIME: OnceLock<Runtime> = OnceLock::new();

/// A loaded ONNX Runtime: where it came from and its version.
#[derive(Clone)]
pub struct Runtime {
    /// The shared library that was loaded.
    pub path: PathBuf,
    /// Its version string, e.g. `1.32.0`.
    pub version: String,
    env: ort::environment::Environment,
}

impl std::fmt::Debug for Runtime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Runtime")
            .field("path", &self.path)
            .field("version", &self.version)
            .finish_non_exhaustive()
    }
}

impl Runtime {
    pub(crate) fn environment(&self) -> &ort::environment::Environment {
        &self.env
    }
}

/// The user-level gainsay folder: `$GAINSAY_HOME`, else `~/.local/share/gainsay`.
pub fn gainsay_home() -> Option<PathBuf> {
    if let Some(h) = std::env::var_os("GAINSAY_HOME").filter(|h| !h.is_empty()) {
        return Some(PathBuf::from(h));
    }
    dirs::data_dir().map(|d| d.join("gainsay"))
}

/// Every place the runtime library is looked for, in order.
pub fn candidates() -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Some(p) = std::env::var_os("ORT_DYLIB_PATH").filter(|p| !p.is_empty()) {
        out.push(PathBuf::from(p));
        // An explicit path is the only candidate: silently falling back would hide a typo.
        return out;
    }
    let mut folders = Vec::new();
    if let Some(exe_dir) = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(Path::to_path_buf))
    {
        folders.push(exe_dir.clone());
        folders.extend(exe_dir.ancestors().take(5).map(|a| a.join(".runtime")));
    }
    folders.push(Path::new(env!("CARGO_MANIFEST_DIR")).join(".runtime"));
    if let Some(home) = gainsay_home() {
        folders.push(home.join("lib"));
    }
    for f in folders {
        for name in LIB_NAMES {
            let p = f.join(name);
            if !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}

/// Loads ONNX Runtime once per process and returns it; later calls return the same runtime.
///
/// A failed load is not cached, so a caller can fix the environment and try again.
pub fn init() -> Result<&'static Runtime> {
    static LOADING: Mutex<()> = Mutex::new(());
    if let Some(rt) = RUNTIME.get() {
        return Ok(rt);
    }
    let _guard = LOADING.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(rt) = RUNTIME.get() {
        return Ok(rt);
    }
    let rt = load()?;
    Ok(RUNTIME.get_or_init(|| rt))
}

fn load() -> Result<Runtime> {
    let candidates = candidates();
    let path = candidates
        .iter()
        .find(|p| p.is_file())
        .cloned()
        .ok_or_else(|| Error::RuntimeNotFound {
            searched: candidates
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            min_minor: MIN_MINOR_VERSION,
        })?;
    check_shared_library(&path)?;
    let builder = ort::init_from(&path).map_err(|source| Error::RuntimeLoad {
        path: path.clone(),
        min_minor: MIN_MINOR_VERSION,
        source,
    })?;
    let env = builder.with_name("gainsay").with_telemetry(false).build()?;
    Ok(Runtime {
        version: runtime_version(&path),
        path,
        env,
    })
}

/// Rejects files that are clearly not a shared library before dlopen sees them.
fn check_shared_library(path: &Path) -> Result<()> {
    use std::io::Read;
    let mut magic = [0u8; 4];
    let mut f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let n = f.read(&mut magic).map_err(|e| Error::io(path, e))?;
    let elf = n == 4 && magic == *b"\x7fELF";
    let macho = n == 4 && (magic == [0xcf, 0xfa, 0xed, 0xfe] || magic == [0xca, 0xfe, 0xba, 0xbe]);
    if elf || macho {
        Ok(())
    } else {
        Err(Error::RuntimeNotFound {
            searched: format!("{} (exists but is not a shared library)", path.display()),
            min_minor: MIN_MINOR_VERSION,
        })
    }
}

/// Asks the loaded library for its version (`OrtGetApiBase()->GetVersionString()`).
fn runtime_version(path: &Path) -> String {
    // SAFETY: ort has already loaded this very file and checked that it exports `OrtGetApiBase`
    // with the ONNX Runtime ABI; opening it again only bumps the loader's reference count.
    let version = unsafe {
        libloading::Library::new(path).ok().and_then(|lib| {
            let get_base: libloading::Symbol<
                '_,
                unsafe extern "C" fn() -> *const ort::sys::OrtApiBase,
            > = lib.get(b"OrtGetApiBase").ok()?;
            let base = get_base();
            if base.is_null() {
                return None;
            }
            let s = ((*base).GetVersionString)();
            (!s.is_null()).then(|| std::ffi::CStr::from_ptr(s).to_string_lossy().into_owned())
        })
    };
    version.unwrap_or_else(|| "unknown".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_include_checkout_runtime_folder() {
        if std::env::var_os("ORT_DYLIB_PATH").is_some() {
            return; // the override is the only candidate then, tested below
        }
        let c = candidates();
        assert!(
            c.iter()
                .any(|p| p.starts_with(env!("CARGO_MANIFEST_DIR"))
                    && p.ends_with("libonnxruntime.so"))
        );
    }

    #[test]
    fn non_library_file_is_rejected() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("libonnxruntime.so");
        std::fs::write(&p, b"not a library").unwrap();
        let err = check_shared_library(&p).unwrap_err();
        assert!(err.to_string().contains("not a shared library"), "{err}");
    }
}
