/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Helpers every C tool shares (livepatch-callers and its library files,
 * tools/verify/objdiff): allocation that exits on failure instead of
 * returning NULL to callers that would not check, and messages prefixed
 * with the running program's name.  One copy here, so no library file
 * calls back into a main program for them.
 */
#ifndef LIVEPATCH_UTIL_H
#define LIVEPATCH_UTIL_H

#include <stddef.h>
#include <sys/stat.h>

/* The program's name in messages; each main() sets it first. */
extern const char *cl_progname;

void *cl_xmalloc(size_t size);
void *cl_xcalloc(size_t n, size_t size);
void *cl_xrealloc(void *ptr, size_t size);
/* Room for N elements of SIZE bytes, failing on overflow. */
void *cl_xreallocarray(void *ptr, size_t n, size_t size);
char *cl_xstrdup(const char *s);
char *cl_xasprintf(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
/* The directory part of PATH, with its final slash ("" for none). */
char *cl_dir_of(const char *path);
/* "PROGNAME: message" on stderr. */
void cl_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "ORIGIN:LINE: message" on stderr, for a place in an input; returns -1. */
int cl_error_at(const char *origin, unsigned long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The same, then exit status 2 (bad input or out of memory). */
void cl_die(const char *fmt, ...)
	__attribute__((format(printf, 1, 2), noreturn));

/*
 * Open PATH for reading if it is a regular file, filling ST; IN names the
 * thin archive that names PATH in the message, or is NULL.  Returns the
 * descriptor, or -1 after a message "PATH: why" ("IN: member PATH: why").
 */
int cl_open_regular(const char *path, const char *in, struct stat *st);

#endif
