// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The loader: what GCC loads as livepatch.so.  It guards against a plugin
 * loaded into a GCC release it was not built for failing with the dynamic
 * loader's message instead of the plugin's own.
 *
 * GCC opens a plugin with dlopen(RTLD_NOW | RTLD_GLOBAL) (gcc/plugin.cc,
 * try_init_one_plugin), so every undefined symbol must resolve before
 * plugin_init runs.  The plugin's core uses GCC's C++ API, whose mangled
 * names change between releases (GCC 15 made location_t 64 bits, which
 * renames every diagnostic function taking one), so a core built for
 * GCC 12-14 cannot even be opened by GCC 15-16, and back: the user would
 * see "undefined symbol: _Z...", and the version check in plugin_init
 * would never run.
 *
 * This file is plain C with no reference to any GCC symbol: it opens in
 * every GCC.  It carries the core inside itself (.incbin, so livepatch.so
 * stays one file that can be copied and installed alone), compares the
 * version of the GCC that loads it with the one it was built for, and only
 * on a match opens the core from an anonymous memory file and hands over
 * to the core's plugin_init.  Both the comparison and the message use
 * GCC's own functions, looked up at run time by names that do not depend
 * on location_t: plugin_default_version_check (declared extern "C" in
 * plugin.h) and error(const char *, ...) (_Z5errorPKcz), so the one line is
 * a normal GCC error that fails the compile.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/*
 * The two structures of GCC's plugin ABI the loader touches, as plugin.h
 * declares them; their layout has not changed since GCC 4.5.
 */
struct plugin_gcc_version {
	const char *basever;
	const char *datestamp;
	const char *devphase;
	const char *revision;
	const char *configuration_arguments;
};

struct plugin_argument;

struct plugin_name_args {
	char *base_name;
	const char *full_name;
	int argc;
	struct plugin_argument *argv;
	const char *version;
	const char *help;
};

/* gcc_version: the GCC whose plugin headers this file is compiled with. */
#include "plugin-version.h"

#define __visible __attribute__((visibility("default")))

__visible int plugin_is_GPL_compatible;

/* The core, build/gcc-N/livepatch-core.embed.so: LP_CORE is its path. */
__asm__(".section .rodata.livepatch_core,\"a\",@progbits\n"
	".balign 64\n"
	".globl lp_core_start\n.hidden lp_core_start\n"
	"lp_core_start:\n"
	".incbin \"" LP_CORE "\"\n"
	".globl lp_core_end\n.hidden lp_core_end\n"
	"lp_core_end:\n"
	".previous\n");
extern const char lp_core_start[], lp_core_end[];

typedef void (*error_fn)(const char *, ...);
typedef bool (*check_fn)(struct plugin_gcc_version *,
			 struct plugin_gcc_version *);
typedef int (*init_fn)(struct plugin_name_args *,
		       struct plugin_gcc_version *);

/* GCC's error(): one "cc1: error: ..." line that fails the compile. */
static error_fn gcc_error(void)
{
	return (error_fn)dlsym(RTLD_DEFAULT, "_Z5errorPKcz");
}

/* Write the whole core to FD; false with *WHY set after an error. */
static bool write_core(int fd, const char **why)
{
	size_t size = lp_core_end - lp_core_start;

	for (size_t done = 0; done < size;) {
		ssize_t n = write(fd, lp_core_start + done, size - done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			*why = n < 0 ? strerror(errno) : "short write";
			return false;
		}
		done += n;
	}
	return true;
}

/*
 * The core as a file dlopen can open: an anonymous memory file, gone on
 * exit, reached through /proc/self/fd.  Where there is no /proc (the
 * chroot an icecream worker compiles in), a temporary file in $TMPDIR or
 * /tmp instead, removed as soon as it is open.
 */
static void *open_core(const char **why)
{
	const char *tmpdir = getenv("TMPDIR");
	char path[4096];
	void *core;
	int fd;

	fd = memfd_create("livepatch-core.so", MFD_CLOEXEC);
	if (fd >= 0) {
		snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
		if (access(path, R_OK) == 0) {
			core = write_core(fd, why) ?
			       dlopen(path, RTLD_NOW | RTLD_GLOBAL) : NULL;
			close(fd);
			if (!core && !*why)
				*why = dlerror();
			return core;
		}
		close(fd);
	}
	snprintf(path, sizeof(path), "%s/livepatch-core.XXXXXX",
		 tmpdir && *tmpdir ? tmpdir : "/tmp");
	fd = mkstemp(path);
	if (fd < 0) {
		*why = strerror(errno);
		return NULL;
	}
	core = write_core(fd, why) ? dlopen(path, RTLD_NOW | RTLD_GLOBAL) :
				     NULL;
	if (!core && !*why)
		*why = dlerror();
	unlink(path);
	close(fd);
	return core;
}

__visible int plugin_init(struct plugin_name_args *plugin_info,
			  struct plugin_gcc_version *version)
{
	error_fn error = gcc_error();
	check_fn check;
	const char *why = NULL;
	char major[16];
	void *core;
	init_fn init;

	if (!error) {
		fprintf(stderr, "%s: error: this GCC has no error() to report with\n",
			plugin_info->full_name);
		return 1;
	}
	check = (check_fn)dlsym(RTLD_DEFAULT, "plugin_default_version_check");
	if (!check || !check(version, &gcc_version)) {
		/* "15.3.0" -> "15", for the make command that fixes it. */
		snprintf(major, sizeof(major), "%.*s",
			 (int)strcspn(version->basever, "."), version->basever);
		if (!strcmp(version->basever, gcc_version.basever))
			error("%qs was built for another build of GCC %s than the one it is loaded into (revision or configuration differ); rebuild it with this compiler (make CC=gcc-%s)",
			      plugin_info->full_name, gcc_version.basever,
			      major);
		else
			error("%qs was built for GCC %s but is loaded into GCC %s; rebuild it with this compiler (make CC=gcc-%s)",
			      plugin_info->full_name, gcc_version.basever,
			      version->basever, major);
		return 0;
	}
	core = open_core(&why);
	if (!core) {
		error("cannot load the core of %qs: %s", plugin_info->full_name,
		      why);
		return 0;
	}
	init = (init_fn)dlsym(core, "plugin_init");
	if (!init) {
		error("the core of %qs has no plugin_init", plugin_info->full_name);
		return 0;
	}
	return init(plugin_info, version);
}
