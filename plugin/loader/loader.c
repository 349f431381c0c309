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
 * on a match opens the core (from an anonymous memory file, else a
 * temporary file where GCC would put its own: open_core) and hands over to
 * the core's plugin_init.  Both the comparison and the message use
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
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
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
 * Why each way of opening the core failed, "WHERE: WHY; ...", for the one
 * line printed when none works.
 */
struct tried {
	char text[8192];
	size_t len;
};

static void tried_add(struct tried *t, const char *where, const char *why)
{
	int n;

	if (t->len >= sizeof(t->text) - 1)
		return;
	n = snprintf(t->text + t->len, sizeof(t->text) - t->len, "%s%s: %s",
		     t->len ? "; " : "", where, why);
	if (n > 0)
		t->len += (size_t)n;
	if (t->len >= sizeof(t->text))
		t->len = sizeof(t->text) - 1;
}

/* Linux 6.3's memfd_create flag (include/uapi/linux/memfd.h). */
#ifndef MFD_EXEC
#define MFD_EXEC 0x0010U
#endif

/*
 * The core from an anonymous memory file, reached through /proc/self/fd:
 * no file anywhere, gone on exit.  MFD_EXEC says that it will be mapped
 * executable, which Linux 6.3+ requires when vm.memfd_noexec is 1
 * (mm/memfd.c, check_sysctl_memfd_noexec); older kernels refuse the flag
 * with EINVAL, so it is dropped then.
 */
static void *open_core_memfd(struct tried *t)
{
	const char *why = NULL;
	char path[64];
	void *core;
	int fd;

	fd = memfd_create("livepatch-core.so", MFD_CLOEXEC | MFD_EXEC);
	if (fd < 0 && errno == EINVAL)
		fd = memfd_create("livepatch-core.so", MFD_CLOEXEC);
	if (fd < 0) {
		tried_add(t, "memory file", strerror(errno));
		return NULL;
	}
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	if (access(path, R_OK) != 0) {
		/* No /proc: a build sandbox, the chroot icecream compiles in. */
		tried_add(t, path, strerror(errno));
		close(fd);
		return NULL;
	}
	core = write_core(fd, &why) ? dlopen(path, RTLD_NOW | RTLD_GLOBAL) :
				      NULL;
	if (!core)
		tried_add(t, path, why ? why : dlerror());
	close(fd);
	return core;
}

/*
 * The core from a temporary file in DIR (NAME says where DIR came from):
 * created with O_EXCL by mkostemp (glibc's __gen_tempname) under a name no
 * other compile can hold, so compiles at once (make -j) never share one,
 * mode 0700, and unlinked as soon as dlopen has mapped it (or failed).  A
 * noexec mount is refused before writing: dlopen's mmap(PROT_EXEC) would
 * fail there with EPERM (mm/mmap.c, do_mmap), and "mounted noexec" is a
 * clearer reason than "failed to map segment".
 */
static void *open_core_in(const char *dir, const char *name,
			  struct tried *t)
{
	const char *why = NULL;
	char where[4200], path[4096];
	struct statvfs fs;
	void *core;
	int fd;

	if (!strcmp(dir, ".") && getcwd(path, sizeof(path)))
		snprintf(where, sizeof(where), "%s %s", name, path);
	else if (strcmp(name, dir))
		snprintf(where, sizeof(where), "%s %s", name, dir);
	else
		snprintf(where, sizeof(where), "%s", dir);
	if (statvfs(dir, &fs) != 0) {
		tried_add(t, where, strerror(errno));
		return NULL;
	}
	if (fs.f_flag & ST_NOEXEC) {
		tried_add(t, where, "mounted noexec");
		return NULL;
	}
	if ((size_t)snprintf(path, sizeof(path), "%s/livepatch-core.XXXXXX",
			     dir) >= sizeof(path)) {
		tried_add(t, where, strerror(ENAMETOOLONG));
		return NULL;
	}
	fd = mkostemp(path, O_CLOEXEC);
	if (fd < 0) {
		tried_add(t, where, strerror(errno));
		return NULL;
	}
	if (fchmod(fd, 0700) != 0)
		why = strerror(errno);
	core = !why && write_core(fd, &why) ?
	       dlopen(path, RTLD_NOW | RTLD_GLOBAL) : NULL;
	if (!core)
		tried_add(t, where, why ? why : dlerror());
	unlink(path);
	close(fd);
	return core;
}

/*
 * The core as a file dlopen can open (it takes only a path): the memory
 * file first, else a temporary file in the directories GCC itself would
 * use for its temporary files, in its order (libiberty/make-temp-file.c,
 * choose_tmpdir: $TMPDIR, $TMP, $TEMP, P_tmpdir, /var/tmp, /tmp, then the
 * current directory), so that the plugin loads wherever GCC can compile.
 * GCC takes the first one it can write; the core also needs room for
 * itself and a mount that allows executable mappings, so each is tried in
 * turn.  The plugin's own directory is not one of them: installed, it is
 * read-only to users and, to root, a packaged directory where a killed
 * compile would leave its copy.
 */
static void *open_core(struct tried *t)
{
	/* NAME, and the directory: $NAME for a variable, DIR otherwise. */
	static const char *const ways[][2] = {
		{ "TMPDIR", NULL }, { "TMP", NULL }, { "TEMP", NULL },
		{ P_tmpdir, P_tmpdir }, { "/var/tmp", "/var/tmp" },
		{ "/tmp", "/tmp" }, { "current directory", "." },
	};
	const char *dirs[sizeof(ways) / sizeof(ways[0])];
	void *core;

	core = open_core_memfd(t);
	if (core)
		return core;
	for (size_t i = 0; i < sizeof(ways) / sizeof(ways[0]); i++) {
		bool seen = false;

		dirs[i] = ways[i][1] ? ways[i][1] : getenv(ways[i][0]);
		if (!dirs[i] || !*dirs[i])
			continue;
		for (size_t j = 0; j < i; j++)
			seen |= dirs[j] && !strcmp(dirs[i], dirs[j]);
		if (seen)
			continue;
		core = open_core_in(dirs[i], ways[i][0], t);
		if (core)
			return core;
	}
	return NULL;
}

__visible int plugin_init(struct plugin_name_args *plugin_info,
			  struct plugin_gcc_version *version)
{
	error_fn error = gcc_error();
	check_fn check;
	struct tried tried = { .len = 0 };
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
	core = open_core(&tried);
	if (!core) {
		error("cannot load the core of %qs: it needs /proc/self/fd or a temporary directory that is writable, has room and allows executable mappings, and none works: %s",
		      plugin_info->full_name, tried.text);
		return 0;
	}
	init = (init_fn)dlsym(core, "plugin_init");
	if (!init) {
		error("the core of %qs has no plugin_init", plugin_info->full_name);
		return 0;
	}
	return init(plugin_info, version);
}
