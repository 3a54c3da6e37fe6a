# gainsay — a fresh machine: `make setup`, then `make demo` (the main job) and `make test`.
# `make setup` is idempotent; demo and test call it too.

CARGO ?= cargo
BIN := target/release/gainsay
EXAMPLE ?= examples/union-talks.txt

.PHONY: setup runtime build demo test lint bench clean-runtime

setup: runtime build

runtime:
	@bash scripts/fetch-runtime.sh .runtime

build:
	$(CARGO) build --release --locked

demo: setup
	$(BIN) --version
	$(BIN) analyze $(EXAMPLE) --format text
	$(BIN) analyze $(EXAMPLE) -o target/demo-report.html
	@echo "HTML report: target/demo-report.html"

test: setup
	$(CARGO) test --release --locked

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets --locked -- -D warnings

bench: setup
	$(CARGO) bench --locked

clean-runtime:
	rm -rf .runtime

.PHONY: eval
# Regenerates docs/EVAL.md (needs ../shared/data; about 15 minutes on 2 cores).
eval: runtime
	bash scripts/eval-all.sh
