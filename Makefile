# SPDX-License-Identifier: GPL-2.0-or-later
#
# make                 build the plugin for $(CC) at build/gcc-<major>/livepatch.so
# make CC=gcc-11       the same for GCC 11
# make install         the plugin for every GCC it was built for (into that
#                      GCC's -print-file-name=plugin), livepatch-callers,
#                      livepatch-icecc and the manual pages under PREFIX
#                      (/usr/local); DESTDIR=DIR stages it all under DIR
# make uninstall       remove exactly what make install puts
# make deb             opt-in: the Debian packages (debian/) built in
#                      build/deb, checked, installed with apt and removed
# make check           the DejaGnu suite for GCC 11 to 16 (13-16 in a chroot)
# make demo            install what is missing, build, show the effect on examples/
# make torture         opt-in: GCC's torture suites and Csmith with the plugin
# make verify-kernel   opt-in: patch-impact verifier on Linux 6.1 (or 6.12) files
# make kernel-build    opt-in: Linux 6.1 with the plugin, lists and objtool
# make patch-fixes     opt-in: 12 real fixes on Linux 6.1, --patch checked
# make distributed-kernel  opt-in: Linux 6.1 objects built on an icecream worker
# make klp-build-test  opt-in: Linux 7.2's klp-build with the plugin, 12 fixes
# make boot-test       opt-in: boot plain and plugin kernels under QEMU, run the
#                      livepatch selftests, apply a live patch built from the list

TOP := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
include $(TOP)/tools/gcc.mk

# What GCC loads is the loader (plugin/loader/loader.c, plain C, no GCC
# symbol), which carries the core (plugin/*.c, GCC's C++ API) inside it and
# opens it only in the GCC it was built for.
PLUGIN := $(BUILD)/livepatch.so
CORE := $(BUILD)/livepatch-core.so
CORE_EMBED := $(BUILD)/livepatch-core.embed.so

PLUGIN_SRCS := $(wildcard plugin/*.c)
PLUGIN_OBJS := $(patsubst plugin/%.c,$(BUILD)/%.o,$(PLUGIN_SRCS))
HEADERS := $(wildcard include/*.h)

.PHONY: all tools install check demo clean torture verify-kernel kernel-build \
	patch-fixes boot-test

all: $(PLUGIN) tools

TOOL_SRCS := tools/livepatch-callers.c tools/callers-list.c tools/callers-elf.c \
	tools/callers-diff.c tools/callers-patch.c tools/elf.c tools/util.c \
	tools/callers-klp.c tools/callers-source.c tools/callers-decl.c \
	tools/json.c

tools: build/livepatch-callers
	@$(MAKE) -s -C tools/verify CC=$(CC)

# The query tool: plain C11 and libc, built by $(CC) for any GCC.
build/livepatch-callers: $(TOOL_SRCS) tools/callers.h tools/elf.h tools/util.h \
		include/callers-format.h include/declaration-start.h \
		include/sha256.h include/livepatch-version.h
	@mkdir -p $(@D)
	$(CC) -std=c11 -O2 -Wall -Wextra -I include -o $@ $(TOOL_SRCS)

$(BUILD)/%.o: plugin/%.c $(HEADERS) | $(BUILD)
	$(CHECK_PLUGIN_HEADERS)
	$(CXX_FOR_CC) $(GCC_PLUGIN_CXXFLAGS) -c -o $@ $<

$(CORE): $(PLUGIN_OBJS)
	$(CXX_FOR_CC) -shared -o $@ $^

# What the loader embeds: the core without its debug information, which no
# debugger could find in a memory file anyway (gdb: add-symbol-file with
# $(CORE)); 50 KB instead of 1.2 MB to copy on every compile.
$(CORE_EMBED): $(CORE)
	objcopy --strip-debug $< $@

# C11 by $(CC) itself, with no reference to GCC: it must open in any GCC.
# It names the core's one library, libstdc++ (cc1 links its own
# statically), so that what inspects livepatch.so for the libraries it
# needs, as icecream's icecc-create-env does with ldd, ships that one too.
$(PLUGIN): plugin/loader/loader.c $(CORE_EMBED)
	$(CHECK_PLUGIN_HEADERS)
	$(CC) -std=gnu11 -fPIC -shared -O2 -g -Wall -Wextra \
		-I $(PLUGIN_DIR)/include -DLP_CORE='"$(CORE_EMBED)"' -o $@ $< \
		-Wl,--no-as-needed -lstdc++ -Wl,--as-needed

$(BUILD):
	$(CHECK_PLUGIN_HEADERS)
	mkdir -p $@

# Where make install puts things (GNU coding standards' names).  The
# plugin does not go under PREFIX: GCC resolves -fplugin=livepatch in its
# own plugin directory (plugin.cc, add_new_plugin: a name without '/' or
# ".so" becomes DEFAULT_PLUGINDIR/NAME.so, -iplugindir= overrides it).
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/livepatch
DESTDIR ?=

# The release, from the one header that defines it, through the
# preprocessor rather than a pattern over its text.
LIVEPATCH_VERSION = $(shell printf '\043include "livepatch-version.h"\nLIVEPATCH_VERSION\n' | \
	$(CC) -E -P -I $(TOP)/include -x c - | tr -d '"')

# The GCCs to install a plugin for: every build/gcc-N/livepatch.so whose
# gcc-N runs here (13 to 16 built in the chroot are installed from there),
# and $(CC).  Each is rebuilt first, so a stale plugin is never installed.
INSTALLED_GCCS = $(sort $(notdir $(CC)) $(patsubst $(TOP)/build/gcc-%/livepatch.so,gcc-%, \
	$(wildcard $(TOP)/build/gcc-*/livepatch.so)))
# What uninstall looks at: those, and every gcc-11 to gcc-16 here, so that
# a 'make clean' in between does not leave an installed plugin behind.
UNINSTALL_GCCS = $(sort $(INSTALLED_GCCS) gcc-11 gcc-12 gcc-13 gcc-14 gcc-15 gcc-16)

MANPAGES := man/livepatch-callers.1 man/livepatch.7

.PHONY: uninstall
# Only what is installed: not the verifier that 'all' also builds.
install: plugin build/livepatch-callers
	@set -e; seen=; for cc in $(INSTALLED_GCCS); do \
		if ! dir=$$($$cc -print-file-name=plugin 2>/dev/null) || \
		   [ ! -d "$$dir" ]; then \
			echo "install: $$cc not found here; its plugin is not installed (install it where $$cc runs, e.g. tools/newgcc-chroot run make CC=$$cc install)"; \
			continue; \
		fi; \
		case " $$seen " in *" $$dir "*) continue ;; esac; \
		seen="$$seen $$dir"; \
		$(MAKE) -s --no-print-directory CC=$$cc plugin; \
		major=$$($$cc -dumpversion | cut -d. -f1); \
		install -D -m 0644 build/gcc-$$major/livepatch.so \
			"$(DESTDIR)$$dir/livepatch.so"; \
		echo "installed $(DESTDIR)$$dir/livepatch.so"; \
	done
	install -D -m 0755 build/livepatch-callers $(DESTDIR)$(BINDIR)/livepatch-callers
	install -D -m 0755 tools/livepatch-icecc $(DESTDIR)$(BINDIR)/livepatch-icecc
	install -D -m 0644 include/callers-format.h $(DESTDIR)$(DATADIR)/callers-format.h
	@set -e; for page in $(MANPAGES); do \
		sec=$${page##*.}; \
		mkdir -p $(DESTDIR)$(MANDIR)/man$$sec; \
		sed 's/@LIVEPATCH_VERSION@/$(LIVEPATCH_VERSION)/g' $$page \
			> $(DESTDIR)$(MANDIR)/man$$sec/$${page#man/}; \
		chmod 0644 $(DESTDIR)$(MANDIR)/man$$sec/$${page#man/}; \
	done

uninstall:
	@for cc in $(UNINSTALL_GCCS); do \
		dir=$$($$cc -print-file-name=plugin 2>/dev/null) || continue; \
		[ -d "$$dir" ] || continue; \
		rm -f "$(DESTDIR)$$dir/livepatch.so"; \
	done
	rm -f $(DESTDIR)$(BINDIR)/livepatch-callers $(DESTDIR)$(BINDIR)/livepatch-icecc
	rm -f $(DESTDIR)$(DATADIR)/callers-format.h
	rmdir $(DESTDIR)$(DATADIR) 2>/dev/null || true
	rm -f $(patsubst man/%,$(DESTDIR)$(MANDIR)/man1/%,$(filter %.1,$(MANPAGES))) \
		$(patsubst man/%,$(DESTDIR)$(MANDIR)/man7/%,$(filter %.7,$(MANPAGES)))

# Opt-in (as root; a few minutes): dpkg-buildpackage -us -uc -b in a copy
# of the tracked files under build/deb, then tools/deb-test installs the
# packages with apt, compiles and queries with them, and removes them.
.PHONY: deb
deb:
	@tools/deb-test

# The plugin of $(CC) alone (make install builds each GCC's with it).
.PHONY: plugin
plugin: $(PLUGIN)

# Every supported GCC: 11 and 12 from the host, 13 to 16 from a chroot of a
# newer Debian suite (tools/newgcc-chroot makes it when it can).  The list
# is resolved by the scripts at run time, not by make, so that what
# tools/install-deps installs on a fresh machine is tested on the first run.
CHECK_GCCS ?= gcc-12 gcc-11 gcc-13 gcc-14 gcc-15 gcc-16

check:
	@tools/install-deps check
	@tools/newgcc-chroot setup $(filter-out gcc-11 gcc-12,$(CHECK_GCCS)) || true
	@tools/run-suite $(CHECK_GCCS)

demo:
	@tools/demo

# Opt-in, heavy: robustness over GCC's torture suites and Csmith, about an
# hour per GCC on 2 cores.  TORTURE_FLAGS="--cc gcc-12 --every 4" for less.
torture:
	@tools/torture $(TORTURE_FLAGS)

# Opt-in, heavy: the patch-impact verifier over 37 Linux 6.1 files in the
# five configurations (about 35 compiles per function; 1-2 h on 2 cores).
# VERIFY_FLAGS="--configs plugin,plugin-ic" or object paths for less;
# LINUX=6.12 for Debian 13's kernel; CC=gcc-14 for another GCC, its own
# tree (13 to 16 in the chroot: tools/newgcc-chroot setup gcc-14 linux-6.12,
# then tools/newgcc-chroot run make verify-kernel CC=gcc-14 LINUX=6.12).
verify-kernel: all
	@tools/verify/verify-kernel --cc $(CC) $(if $(LINUX),--linux $(LINUX)) $(VERIFY_FLAGS)

# Opt-in, heavy: Linux 6.1 built plain and with the plugin (through
# examples/kbuild/livepatch-plugin.patch), callers lists and objtool
# warnings compared; about 2 h on 2 cores, SUBSET="kernel/ lib/" in minutes.
kernel-build: all
	@tools/kernel-build $(if $(SUBSET),--subset "$(SUBSET)") $(if $(MODE),--mode $(MODE))

# Opt-in: each fix of examples/fixes/ applied to Linux 6.1, its objects
# built before and after in both modes, the --patch answer checked against
# the changed machine code (tools/patch-check); about 5 minutes.
patch-fixes: all
	@tools/patch-fixes

# Opt-in, heavy (as root): Linux 6.1 objects built by Kbuild locally and on
# an icecream worker on loopback (tools/livepatch-icecc), lists compared;
# minutes per object on 2 cores.  KOBJS="kernel/fork.o ..." for others.
.PHONY: distributed-kernel
distributed-kernel: all
	@testsuite/livepatch.distributed/kernel-objects.sh --cc $(CC) $(KOBJS)

# Opt-in, heavy: three Linux 6.1 kernels (plain, default level,
# inline-clone) booted under qemu-system-x86_64 with the kernel's livepatch
# selftests and the list-built live patch of examples/boot/lpdemo; see
# README ("Boot test") for its time.  BOOT_FLAGS="--kernels plain" for less.
boot-test: all
	@tools/boot-test $(BOOT_FLAGS)

# Opt-in: libFuzzer (clang-14, ASan and UBSan) on the tool's list reader
# and diff reader, FUZZ_SECONDS each (fuzz/run; docs/results.md, Fuzzing).
FUZZ_SECONDS ?= 600
.PHONY: fuzz
fuzz:
	@tools/install-deps fuzz
	@fuzz/run --seconds $(FUZZ_SECONDS)

# Opt-in, heavy: Linux 7.2 (contrib/kbuild/linux-7.2.patch) built by its own
# scripts/livepatch/klp-build with the plugin at the default level, then
# each fix of contrib/kbuild/fixes-7.2/ through klp-build -S 2, its changed
# functions checked against livepatch-callers --patch (tools/klp-build-test);
# the original build is about an hour on 2 cores, then minutes per fix.
# KLP_FLAGS="--together" for one patched build for all fixes.
.PHONY: klp-build-test linux-7.2-patch-test
klp-build-test: all
	@tools/klp-build-test $(KLP_FLAGS)

# Opt-in: contrib/kbuild/linux-7.2.patch applies to pristine Linux 7.2.
linux-7.2-patch-test:
	@tools/linux-7.2-patch-check

# Opt-in, heavy: the run-time, size and build-time cost of the plugin on
# Linux, five builds (plain, -flive-patching=inline-only-static and
# =inline-clone, plugin default and inline-clone) booted under QEMU with
# -icount (bench/kernel-bench; docs/results.md "Kernel cost" for its
# time).  KERNELS="6.1 7.2" (7.2: TARBALL_7.2=... PATCH_7.2=...),
# CONFIG=tiny|defconfig, BUILDS="gcc plugin" for less; builds are cached.
KERNELS ?= 6.1
CONFIG ?= tiny
.PHONY: bench-kernel
bench-kernel: all
	@$(foreach v,$(KERNELS),bench/kernel-bench --linux $(v) --config $(CONFIG) \
		$(if $(BUILDS),--builds "$(BUILDS)") \
		$(if $(TARBALL_$(v)),--tarball $(TARBALL_$(v))) \
		$(if $(PATCH_$(v)),--patch $(PATCH_$(v))) $(BENCH_FLAGS) &&) true

clean:
	rm -rf build testsuite/*.log testsuite/*.sum
