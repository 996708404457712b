# newsgraph: the commands a user runs. CMake does the building.
#   make          build build/newsgraph
#   make demo     extract the bundled example corpus into output/ (graph.ttl, report.html)
#   make test     build and run every test (ctest) but the bench-labelled ones
#   make test-asan  the test suite under AddressSanitizer and UBSan
#   make fuzz     run each libFuzzer target for FUZZ_SECONDS (default 60)
#   make bench    the benchmark (bench/RESULTS.md) and the tests too slow for
#                 make test (label bench: every canned query across engines
#                 on a 3 MB generated corpus)
#   make deps     install what a fresh Debian 12 machine lacks

BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
FUZZ_SECONDS ?= 60
SHARED_DEV := ../shared/corpus/dev

.PHONY: all build deps demo test test-asan fuzz bench clean

all: build

build:
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

deps:
	@scripts/install-deps.sh

demo: deps build
	@mkdir -p output
	@$(BUILD)/newsgraph extract examples/corpus -o output/graph.ttl
	@$(BUILD)/newsgraph stats -g output/graph.ttl
	@$(BUILD)/newsgraph report -g output/graph.ttl -o output/report.html
	@echo "report: output/report.html"
	@if [ -d $(SHARED_DEV) ]; then \
	  $(BUILD)/newsgraph extract $(SHARED_DEV) -o output/dev.ttl; \
	  $(BUILD)/newsgraph report -g output/dev.ttl -o output/dev-report.html; \
	fi

test: deps build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -LE bench

test-asan: deps
	@cmake -S . -B $(BUILD)-asan -DCMAKE_BUILD_TYPE=Debug -DNG_SANITIZE=ON >/dev/null
	@cmake --build $(BUILD)-asan -j $(JOBS)
	@cd $(BUILD)-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --output-on-failure -j $(JOBS) -LE slow

fuzz: deps
	@CC=clang cmake -S . -B $(BUILD)-fuzz -DCMAKE_BUILD_TYPE=Debug -DNG_FUZZ=ON >/dev/null
	@cmake --build $(BUILD)-fuzz -j $(JOBS)
	@tests/fuzz/run.sh $(BUILD)-fuzz $(FUZZ_SECONDS)

bench: deps build
	-@cd $(BUILD) && ctest --output-on-failure -L bench
	@bench/run.sh $(BUILD)/newsgraph

clean:
	rm -rf $(BUILD) $(BUILD)-asan $(BUILD)-fuzz
