// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The sources behind the lists (format version 4): whether a file on disk
 * is still the one a unit read, and which functions expanded a macro whose
 * #define a fix changes (--macro, and for --patch).
 *
 * A diff's line numbers mean what the list says only in the tree that was
 * built: a file edited since then moves its functions and macros, and a
 * hunk placed by number would name the wrong function.  Every list of
 * version 4 holds the SHA-256 of each file its unit read
 * (plugin/source.c); a file whose bytes differ is refused, never read by
 * number.  A change inside a #define changes no line of the functions that
 * expand it: the list names them per function (macro records), and a list
 * that cannot (older versions, -ftrack-macro-expansion=0) is refused
 * rather than answered with nothing.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "callers.h"
#include "sha256.h"

int cl_file_sha256(const char *path, char hex[65])
{
	struct lp_sha256 s;
	struct stat st;
	char buf[65536];
	ssize_t n;
	/* O_NONBLOCK: a FIFO at the path must not block the tool. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);

	if (fd < 0)
		return -1;
	if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		int e = S_ISREG(st.st_mode) ? errno : EINVAL;

		close(fd);
		errno = e;
		return -1;
	}
	lp_sha256_init(&s);
	while ((n = read(fd, buf, sizeof(buf))) != 0) {
		if (n < 0) {
			int e = errno;

			if (e == EINTR)
				continue;
			close(fd);
			errno = e;
			return -1;
		}
		lp_sha256_update(&s, buf, (size_t)n);
	}
	close(fd);
	lp_sha256_hex(&s, hex);
	return 0;
}

const char *cl_source_digest(const struct cl_list *list, const char *path)
{
	size_t lo = 0, hi = list->ndigests;

	/* Sorted as the lines are: TAB sorts below every byte a path holds. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(list->digests[mid].path, path);

		if (c == 0)
			return list->digests[mid].hex;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

enum cl_digest_state cl_source_digest_check(const struct cl_list *list,
					    const char *path,
					    const char *disk,
					    const char **why)
{
	static char reason[256];
	const char *recorded = cl_source_digest(list, path);
	char hex[LP_SHA256_HEX_LEN + 1];

	if (!recorded) {
		*why = list->version < 4 ?
			"cannot be checked: the list is of a format version "
			"before 4, which records no digests (rebuild)" :
			"cannot be checked: the list records no digest of it "
			"(named by a #line, or read from a precompiled header)";
		return CL_DIGEST_UNRECORDED;
	}
	if (cl_file_sha256(disk, hex)) {
		snprintf(reason, sizeof(reason), "cannot be read: %s",
			 errno == EINVAL ? "not a regular file" :
			 strerror(errno));
		*why = reason;
		return CL_DIGEST_UNREADABLE;
	}
	if (strcmp(hex, recorded)) {
		*why = "is not the file the list's unit read (its SHA-256 "
		       "differs): it changed since the build";
		return CL_DIGEST_DIFFERS;
	}
	*why = NULL;
	return CL_DIGEST_SAME;
}

static const char *skip_dot_slash(const char *p)
{
	while (p[0] == '.' && p[1] == '/')
		for (p += 2; *p == '/'; p++)
			;
	return p;
}

/* B is the end of A after a '/'. */
static bool ends_with_component(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	return la > lb && a[la - lb - 1] == '/' && !strcmp(a + la - lb, b);
}

bool cl_source_path_match(const char *list_path, const char *path)
{
	const char *a = skip_dot_slash(list_path), *b = skip_dot_slash(path);

	return !strcmp(a, b) || ends_with_component(a, b) ||
	       ends_with_component(b, a);
}

/* The path LIST's file records name PATH by, or NULL. */
static const char *file_read(const struct cl_list *list, const char *path,
			     bool (*match)(const char *, const char *))
{
	for (size_t i = 0; i < list->nfiles; i++)
		if (match(list->files[i], path))
			return list->files[i];
	return NULL;
}

void cl_macro_users(const struct cl_set *set, const char *path,
		    unsigned long first, unsigned long last,
		    bool (*match)(const char *list_path, const char *path),
		    cl_macro_user_fn fn, void *data)
{
	if (!match)
		match = cl_source_path_match;
	for (size_t i = 0; i < set->nlists; i++) {
		const struct cl_list *list = set->lists[i];

		if (list->version < 4 || list->macros_untracked) {
			if (file_read(list, path, match))
				fn(list, NULL, data);
			continue;
		}
		for (size_t j = 0; j < list->nmacros; j++) {
			const struct cl_macro *m = &list->macros[j];

			if (m->first <= last && first <= m->last &&
			    match(m->file, path))
				fn(list, m, data);
		}
	}
}

/* --- --macro ---------------------------------------------------------- */

struct macro_answer {
	char **lines;
	size_t n, alloc;
	const struct cl_list *blind;	/* the first list that cannot tell */
};

static void collect_user(const struct cl_list *list,
			 const struct cl_macro *m, void *data)
{
	struct macro_answer *a = data;

	if (!m) {
		if (!a->blind)
			a->blind = list;
		return;
	}
	if (a->n == a->alloc) {
		a->alloc = a->alloc ? 2 * a->alloc : 64;
		a->lines = cl_xreallocarray(a->lines, a->alloc,
					    sizeof(*a->lines));
	}
	a->lines[a->n++] = cl_xasprintf("%s\t%s\t%s\t%s:%lu-%lu", list->origin,
					m->function, m->name, m->file,
					m->first, m->last);
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "FILE:LINE" or "FILE:FIRST-LAST" into its parts; false if it is not. */
static bool parse_spec(const char *spec, char **file, unsigned long *first,
		       unsigned long *last)
{
	const char *colon = strrchr(spec, ':');
	char *end;

	if (!colon || colon == spec || colon[1] < '1' || colon[1] > '9')
		return false;
	errno = 0;
	*first = strtoul(colon + 1, &end, 10);
	*last = *first;
	if (*end == '-') {
		if (end[1] < '1' || end[1] > '9')
			return false;
		*last = strtoul(end + 1, &end, 10);
	}
	if (*end || errno || *last < *first)
		return false;
	*file = cl_xasprintf("%.*s", (int)(colon - spec), spec);
	return true;
}

/*
 * Every list that read FILE must still match it on disk: the macro lines
 * the user gives are those of the file as it is now.  Returns false after
 * a message when one does not, or when FILE cannot be read.
 */
static bool sources_current(const struct cl_set *set, const char *file,
			    size_t *readers)
{
	*readers = 0;
	for (size_t i = 0; i < set->nlists; i++) {
		const struct cl_list *list = set->lists[i];
		const char *path = file_read(list, file, cl_source_path_match);
		const char *why;

		if (!path)
			continue;
		++*readers;
		switch (cl_source_digest_check(list, path, file, &why)) {
		case CL_DIGEST_SAME:
			break;
		case CL_DIGEST_UNRECORDED:
			if (list->version >= 4)
				cl_error("warning: %s: %s in %s", file, why,
					 list->origin);
			break;
		case CL_DIGEST_UNREADABLE:
			cl_error("%s: %s", file, why);
			return false;
		case CL_DIGEST_DIFFERS:
			cl_error("%s %s of %s; its lines do not say where its "
				 "macros were: rebuild, or give the lines of "
				 "the built tree", file, why, list->origin);
			return false;
		}
	}
	return true;
}

int cl_macro_answer(const struct cl_set *set, const char *spec)
{
	struct macro_answer a = { NULL, 0, 0, NULL };
	unsigned long first, last;
	size_t readers;
	char *file;
	int status = 0;

	if (!parse_spec(spec, &file, &first, &last)) {
		cl_error("--macro '%s': expected FILE:LINE or FILE:FIRST-LAST "
			 "(lines from 1)", spec);
		return 2;
	}
	if (!sources_current(set, file, &readers)) {
		status = 2;
		goto out;
	}
	if (!readers) {
		cl_error("%s: no list read it (is it a file of this build?)",
			 file);
		status = 2;
		goto out;
	}
	cl_macro_users(set, file, first, last, NULL, collect_user, &a);
	if (a.blind) {
		cl_error("%s cannot tell which functions expand the macros of "
			 "%s: %s", a.blind->origin, file,
			 a.blind->version < 4 ?
			 "a list of a format version before 4 (rebuild)" :
			 "its unit made no macro maps "
			 "(-ftrack-macro-expansion=0, or preprocessed input)");
		status = 2;
		goto out;
	}
	if (!a.n) {
		cl_error("no function expands a macro defined in %s:%lu-%lu",
			 file, first, last);
		status = 1;
		goto out;
	}
	qsort(a.lines, a.n, sizeof(*a.lines), compare_strings);
	for (size_t i = 0; i < a.n; i++)
		if (!i || strcmp(a.lines[i - 1], a.lines[i]))
			printf("%s\n", a.lines[i]);
out:
	for (size_t i = 0; i < a.n; i++)
		free(a.lines[i]);
	free(a.lines);
	free(file);
	return status;
}
