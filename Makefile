# SPDX-License-Identifier: GPL-2.0-or-later
#
# make                 build the plugin for $(CC) at build/gcc-<major>/livepatch.so
# make CC=gcc-11       the same for GCC 11
# make install         copy it into $(CC) -print-file-name=plugin
# make check           the DejaGnu suite, for every supported GCC installed
# make demo            install what is missing, build, show the effect on examples/
# make torture         opt-in: GCC's torture suites and Csmith with the plugin
# make verify-kernel   opt-in: patch-impact verifier on Linux 6.1 files
# make kernel-build    opt-in: Linux 6.1 with the plugin, lists and objtool
# make boot-test       opt-in: boot plain and plugin kernels under QEMU, run the
#                      livepatch selftests, apply a live patch built from the list

CC ?= gcc
ifeq ($(origin CC),default)
CC := gcc
endif

GCC_MAJOR := $(shell $(CC) -dumpversion 2>/dev/null | cut -d. -f1)
# The plugin must be built by the C++ compiler of the same GCC release.
CXX_FOR_CC := $(patsubst gcc%,g++%,$(notdir $(CC)))
PLUGIN_DIR := $(shell $(CC) -print-file-name=plugin 2>/dev/null)
BUILD := build/gcc-$(GCC_MAJOR)
PLUGIN := $(BUILD)/livepatch.so

PLUGIN_SRCS := $(wildcard plugin/*.c)
PLUGIN_OBJS := $(patsubst plugin/%.c,$(BUILD)/%.o,$(PLUGIN_SRCS))
HEADERS := $(wildcard include/*.h)

PLUGIN_CXXFLAGS := -std=gnu++14 -fPIC -fno-rtti -fno-exceptions -O2 -g \
	-Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers \
	-I include -I $(PLUGIN_DIR)/include -x c++

.PHONY: all tools install check demo clean torture verify-kernel kernel-build boot-test

all: $(PLUGIN) tools

TOOL_SRCS := tools/livepatch-callers.c tools/callers-list.c tools/callers-elf.c \
	tools/callers-klp.c

tools: build/livepatch-callers
	@$(MAKE) -s -C tools/verify CC=$(CC)

# The query tool: plain C11 and libc, built by $(CC) for any GCC.
build/livepatch-callers: $(TOOL_SRCS) tools/callers.h include/callers-format.h
	@mkdir -p $(@D)
	$(CC) -std=c11 -O2 -Wall -Wextra -I include -o $@ $(TOOL_SRCS)

$(BUILD)/%.o: plugin/%.c $(HEADERS) | $(BUILD)
	@test -f $(PLUGIN_DIR)/include/gcc-plugin.h || \
		{ echo "error: no plugin headers for $(CC) in $(PLUGIN_DIR); install gcc-$(GCC_MAJOR)-plugin-dev" >&2; exit 1; }
	$(CXX_FOR_CC) $(PLUGIN_CXXFLAGS) -c -o $@ $<

$(PLUGIN): $(PLUGIN_OBJS)
	$(CXX_FOR_CC) -shared -o $@ $^

$(BUILD):
	mkdir -p $@

install: $(PLUGIN)
	install -m 0644 $(PLUGIN) $(PLUGIN_DIR)/livepatch.so

# Every supported GCC that is installed with its plugin headers (evaluated
# after tools/install-deps ran, hence the deferred '=').
CHECK_GCCS = $(foreach v,12 11,$(if $(wildcard /usr/lib/gcc/*/$(v)/plugin/include/gcc-plugin.h),$(if $(shell command -v gcc-$(v)),gcc-$(v))))

check:
	@tools/install-deps check
	@test -n "$(CHECK_GCCS)" || { echo "error: no GCC with plugin headers found; run 'make demo' or install gcc-12-plugin-dev" >&2; exit 1; }
	@tools/run-suite $(CHECK_GCCS)

demo:
	@tools/demo

# Opt-in, heavy: robustness over GCC's torture suites and Csmith, about an
# hour per GCC on 2 cores.  TORTURE_FLAGS="--cc gcc-12 --every 4" for less.
torture:
	@tools/torture $(TORTURE_FLAGS)

# Opt-in, heavy: the patch-impact verifier over 40 Linux 6.1 files in the
# five configurations (about 35 compiles per function; hours on 2 cores).
# VERIFY_FLAGS="--configs plugin,plugin-ic" or object paths for less.
verify-kernel: all
	@tools/verify/verify-kernel $(VERIFY_FLAGS)

# Opt-in, heavy: Linux 6.1 built plain and with the plugin (through
# examples/kbuild/livepatch-plugin.patch), callers lists and objtool
# warnings compared; about 2 h on 2 cores, SUBSET="kernel/ lib/" in minutes.
kernel-build: all
	@tools/kernel-build $(if $(SUBSET),--subset "$(SUBSET)") $(if $(MODE),--mode $(MODE))

# Opt-in, heavy: three Linux 6.1 kernels (plain, default level,
# inline-clone) booted under qemu-system-x86_64 with the kernel's livepatch
# selftests and the list-built live patch of examples/boot/lpdemo; see
# README ("Boot test") for its time.  BOOT_FLAGS="--kernels plain" for less.
boot-test: all
	@tools/boot-test $(BOOT_FLAGS)

clean:
	rm -rf build testsuite/*.log testsuite/*.sum
