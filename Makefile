# dossier — the two commands a fresh Debian machine needs: `make run` and `make test`.
# libedit-dev is installed through apt-get only when pkg-config cannot find it; apt-get update runs
# first because a fresh machine's package lists are empty.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test build release bench deps clean

deps:
	@if ! pkg-config --exists libedit 2>/dev/null; then \
		echo "dossier: libedit-dev is missing; installing it with apt-get"; \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q libedit-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build --product dossier

run: build
	@$(SWIFT) run --skip-build dossier $(ARGS)

test: deps
	$(SWIFT) test

release: deps
	$(SWIFT) build -c release --product dossier

bench: deps
	$(SWIFT) run -c release dossier-bench $(ARGS)

clean:
	rm -rf .build
