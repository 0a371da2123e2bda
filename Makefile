# dossier — the two commands a fresh Debian machine needs: `make run` and `make test`.
# libedit-dev is installed through apt-get only when pkg-config cannot find it; apt-get update runs
# first because a fresh machine's package lists are empty.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test build release deps check bench clean

# What is missing is installed; when nothing is, apt-get is not run at all.
# tmux is for the test that drives the shell on a terminal.
deps:
	@missing=""; \
	pkg-config --exists libedit 2>/dev/null || missing="$$missing libedit-dev pkg-config"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	if [ -n "$$missing" ]; then \
		echo "dossier: installing$$missing with apt-get"; \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing; \
	fi

build: deps
	$(SWIFT) build --product dossier

run: build
	@$(SWIFT) run --skip-build dossier $(ARGS)

check: build
	$(SWIFT) run --skip-build dossier check queries sessions

test: deps
	$(SWIFT) test

release: deps
	$(SWIFT) build -c release --product dossier

# numbers, not tests: `make bench ARGS="--corpus DIR"` or `ARGS="--articles 10000"`; ripgrep and
# sqlite3 are compared when installed (apt-get install ripgrep sqlite3)
bench: deps
	$(SWIFT) run -c release dossier-bench $(ARGS)

clean:
	rm -rf .build
