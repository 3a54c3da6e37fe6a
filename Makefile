# gainsay — two commands for a fresh machine: `make demo` and `make test`.
# `make setup` is the idempotent set-up both call.

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
	$(BIN) nli "There is a rift between Rubio and Witkoff." "There is no rift between the two."
	$(BIN) nli "The union said 500 jobs will be cut." "Management said only 50 positions will be affected."
	$(BIN) nli "The minister resigned on Tuesday." "The minister left office."

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
