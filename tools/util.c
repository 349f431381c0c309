// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The shared helpers of tools/util.h.  Out of memory ends the program with
 * status 2 and a message: a tool that carried on with a NULL would crash
 * or, worse, print a partial answer as if it were whole.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

const char *cl_progname = "livepatch";

static void verror(const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", cl_progname);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

char *cl_dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? cl_xasprintf("%.*s", (int)(slash - path + 1), path)
		     : cl_xstrdup("");
}

void cl_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verror(fmt, ap);
	va_end(ap);
}

int cl_error_at(const char *origin, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s:%lu: ", origin, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return -1;
}

void cl_die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verror(fmt, ap);
	va_end(ap);
	exit(2);
}

void *cl_xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p)
		cl_die("out of memory");
	return p;
}

void *cl_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		cl_die("out of memory");
	return p;
}

void *cl_xrealloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size ? size : 1);

	if (!p)
		cl_die("out of memory");
	return p;
}

void *cl_xreallocarray(void *ptr, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		cl_die("out of memory");
	return cl_xrealloc(ptr, n * size);
}

char *cl_xstrdup(const char *s)
{
	size_t len = strlen(s) + 1;

	return memcpy(cl_xmalloc(len), s, len);
}

char *cl_xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		cl_die("cannot format a message");
	s = cl_xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

/*
 * Open PATH for reading only if it is a regular file: a FIFO would block
 * open() and read() forever, and opening a device can act on it (a tape
 * rewinds), so the type is checked with stat() before the open.  The open
 * itself uses O_NONBLOCK so that a file swapped for a FIFO in between
 * cannot block either, and fstat() then checks that the file opened is the
 * one stat() saw.  Returns the descriptor, or -1 after a message naming
 * PATH (and IN, the thin archive that names it, when not NULL).
 */
int cl_open_regular(const char *path, const char *in, struct stat *st)
{
	struct stat before;
	const char *why = NULL;
	int fd = -1, flags;

	if (stat(path, &before)) {
		why = strerror(errno);
	} else if (!S_ISREG(before.st_mode)) {
		why = "not a regular file";
	} else if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY)) < 0 ||
		   fstat(fd, st)) {
		why = strerror(errno);
	} else if (!S_ISREG(st->st_mode) || st->st_dev != before.st_dev ||
		   st->st_ino != before.st_ino) {
		why = "replaced while being opened";
	} else if ((flags = fcntl(fd, F_GETFL)) < 0 ||
		   fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0) {
		why = strerror(errno);
	}
	if (!why)
		return fd;
	if (in)
		fprintf(stderr, "%s: member %s: %s\n", in, path, why);
	else
		fprintf(stderr, "%s: %s\n", path, why);
	if (fd >= 0)
		close(fd);
	return -1;
}
