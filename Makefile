# The two commands for a new user (see README.md):
#   make demo   set up, build and start Stip with a fictional demo family on http://127.0.0.1:8080
#   make test   set up, build and run every test
BUILD ?= build
ASAN_BUILD ?= build-asan
PORT ?= 8080
JOBS ?= $(shell nproc)

.PHONY: setup build demo test format-check unit e2e asan bench clean

setup:
	@scripts/setup

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: setup $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	rm -rf var/demo
	$(BUILD)/stip demo --port $(PORT) --data var/demo

format-check:
	@scripts/check-format

test: build format-check
	scripts/with-postgres ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS) --timeout 300
	@scripts/with-postgres $(MAKE) --no-print-directory asan

# The unit and store suites again under AddressSanitizer + UndefinedBehaviorSanitizer.
asan: setup
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSTIP_SANITIZE=ON
	cmake --build $(ASAN_BUILD) -j $(JOBS) --target domain_tests ledger_tests app_tests store_tests http_tests notify_tests
	cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS) -L 'unit|store' --timeout 600

bench: build
	bench/run

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
