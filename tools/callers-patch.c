// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * livepatch-callers --patch FIX.diff: from an author's fix to every symbol
 * of every object that the patch must replace.
 *
 * The callers lists (version 2) say where each function is defined and
 * which files each unit read.  Every changed line of the diff is placed in
 * the functions of the old tree that contain it, in every object whose
 * list defines them: a change to a static inline function in a header
 * reaches each object that holds a copy.  The answer is, per object, the
 * union of those functions' lists.  What cannot be placed in a function is
 * never dropped: a change outside every function that any list knows (a
 * struct layout, a macro, an initializer, a function no object kept) is
 * reported for each object that read the file, since any of its code may
 * depend on it, and a path that no list read is an error, as is a list of
 * version 1, which does not say where functions are.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "callers.h"

/* PATH without leading "./" and with "//" and "/./" folded. */
static char *normal_path(const char *path)
{
	char *out = cl_xmalloc(strlen(path) + 1), *o = out;
	const char *p = path;

	while (p[0] == '.' && p[1] == '/')
		p += 2;
	while (*p) {
		if (p[0] == '/' && p[1] == '/') {
			p++;
		} else if (p[0] == '/' && p[1] == '.' && p[2] == '/') {
			p += 2;
		} else {
			*o++ = *p++;
		}
	}
	*o = 0;
	return out;
}

/*
 * Do the diff's path and a list's path name the same file?  The list has
 * the path the compiler was given (relative to the build directory,
 * absolute, or as -ffile-prefix-map made it), the diff one relative to the
 * tree's top, so one may be the other with leading directories: a match at
 * a '/' boundary in either direction.  A false match adds objects to the
 * answer; it can never take one away.
 */
static bool same_file(const char *diff_path, const char *list_path)
{
	char *a = normal_path(diff_path), *b = normal_path(list_path);
	size_t la = strlen(a), lb = strlen(b);
	bool same = !strcmp(a, b) ||
		    (la < lb && b[lb - la - 1] == '/' && !strcmp(b + lb - la, a)) ||
		    (lb < la && a[la - lb - 1] == '/' && !strcmp(a + la - lb, b));

	free(a);
	free(b);
	return same;
}

/*
 * Is PATH the diff file F's file in the old tree?  Its old path, and for a
 * plain diff -u also the new one: "diff -u foo.c.orig foo.c" compares a
 * backup with the file that was built, whose old lines the hunks number.
 * git's headers are exact (a rename's new path is not the old file).
 */
static bool is_diff_file(const struct cl_diff_file *f, const char *path)
{
	if (f->created)
		return false;
	return same_file(f->old_path, path) ||
	       (!f->git && f->new_path && same_file(f->new_path, path));
}

static bool list_read_file(const struct cl_list *list,
			   const struct cl_diff_file *f)
{
	for (size_t i = 0; i < list->nfiles; i++)
		if (is_diff_file(f, list->files[i]))
			return true;
	for (size_t i = 0; i < list->nfunctions; i++)
		if (list->functions[i].file &&
		    is_diff_file(f, list->functions[i].file))
			return true;
	return false;
}

/* Is CHANGE inside FN's definition (FN defined in the diff's file)? */
static bool change_in_function(const struct cl_diff_change *c,
			       const struct cl_function *fn)
{
	if (c->removed)
		return fn->first <= c->line && c->line <= fn->last;
	/* Added after line LINE: inside when between the first and the
	 * last line; just above the first, when it continues the
	 * declaration there (a new attribute or return type line). */
	return (fn->first <= c->line && c->line + 1 <= fn->last) ||
	       (c->line + 1 == fn->first && c->continues_declaration);
}

void cl_patch_init(struct cl_patch_query *q, const char *origin)
{
	q->origin = origin;
	q->file_known = cl_xmalloc(q->diff.nfiles + 1);
	memset(q->file_known, 0, q->diff.nfiles + 1);
	q->inside = cl_xmalloc(sizeof(*q->inside) * (q->diff.nfiles + 1));
	for (size_t i = 0; i < q->diff.nfiles; i++) {
		size_t n = q->diff.files[i].nchanges;

		q->inside[i] = cl_xmalloc(n + 1);
		memset(q->inside[i], 0, n + 1);
	}
	q->old_lists = 0;
	q->first_old_list = NULL;
}

/*
 * Does LIST read a file the diff changes?  Also notes, across every list
 * of the tree (kept or not), which paths some list read and which changes
 * some list places inside a function.
 */
bool cl_patch_needs_list(struct cl_patch_query *q, const struct cl_list *list)
{
	bool needed = false;

	if (list->version < 2) {
		if (!q->old_lists++)
			q->first_old_list = cl_xstrdup(list->origin);
		return false;
	}
	for (size_t i = 0; i < q->diff.nfiles; i++) {
		const struct cl_diff_file *f = &q->diff.files[i];

		if (!list_read_file(list, f))
			continue;
		needed = q->file_known[i] = true;
		for (size_t j = 0; j < list->nfunctions; j++) {
			const struct cl_function *fn = &list->functions[j];

			if (!fn->file || !is_diff_file(f, fn->file))
				continue;
			for (size_t k = 0; k < f->nchanges; k++)
				if (change_in_function(&f->changes[k], fn))
					q->inside[i][k] = 1;
		}
	}
	return needed;
}

enum row_kind { ROW_FUNCTION, ROW_REPLACE, ROW_OUTSIDE };

struct row {
	const char *object;
	enum row_kind kind;
	const char *a;		/* function / symbol / file */
	const char *b;		/* function's file / changed function */
	unsigned long first, last;	/* lines; for OUTSIDE the line */
	enum lp_reason why;	/* REPLACE */
	const char *what;	/* OUTSIDE: removed, added, binary */
};

struct rows {
	struct row *rows;
	size_t n, alloc;
};

static void add_row(struct rows *r, struct row row)
{
	if (r->n == r->alloc) {
		r->alloc = r->alloc ? 2 * r->alloc : 64;
		r->rows = cl_xrealloc(r->rows, r->alloc * sizeof(*r->rows));
	}
	r->rows[r->n++] = row;
}

static int compare_rows(const void *pa, const void *pb)
{
	const struct row *a = pa, *b = pb;
	int c = strcmp(a->object, b->object);

	if (!c)
		c = (int)a->kind - (int)b->kind;
	if (!c)
		c = strcmp(a->a, b->a);
	if (!c && a->kind == ROW_REPLACE)
		c = (int)a->why - (int)b->why;
	if (!c)
		c = strcmp(a->b ? a->b : "", b->b ? b->b : "");
	if (!c)
		c = (a->first > b->first) - (a->first < b->first);
	if (!c && a->what && b->what)
		c = strcmp(a->what, b->what);
	return c;
}

/* The changed functions of LIST and the symbols they bring. */
static void answer_list(const struct cl_patch_query *q,
			const struct cl_list *list, struct rows *r)
{
	bool *changed = cl_xmalloc(list->nfunctions + 1);

	memset(changed, 0, list->nfunctions + 1);
	for (size_t i = 0; i < q->diff.nfiles; i++) {
		const struct cl_diff_file *f = &q->diff.files[i];

		if (!list_read_file(list, f))
			continue;
		if (f->binary)
			add_row(r, (struct row){ list->origin, ROW_OUTSIDE,
				 f->old_path, NULL, 0, 0, LP_REASON_NONE,
				 "binary" });
		for (size_t k = 0; k < f->nchanges; k++) {
			const struct cl_diff_change *c = &f->changes[k];

			for (size_t j = 0; j < list->nfunctions; j++) {
				const struct cl_function *fn =
					&list->functions[j];

				if (fn->file && is_diff_file(f, fn->file) &&
				    change_in_function(c, fn))
					changed[j] = true;
			}
			/* An empty line outside a function is no code; one
			 * inside still marks the function (conservative). */
			if (!q->inside[i][k] && !c->blank)
				add_row(r, (struct row){ list->origin,
					 ROW_OUTSIDE, f->old_path, NULL,
					 c->line, 0, LP_REASON_NONE,
					 c->removed ? "removed" : "added" });
		}
	}
	for (size_t j = 0; j < list->nfunctions; j++) {
		const struct cl_function *fn = &list->functions[j];
		const struct cl_patch *p;
		size_t n;

		if (!changed[j])
			continue;
		add_row(r, (struct row){ list->origin, ROW_FUNCTION, fn->name,
			 fn->file, fn->first, fn->last, LP_REASON_NONE, NULL });
		n = cl_find_patches(list, fn->name, &p);
		for (size_t k = 0; k < n; k++)
			add_row(r, (struct row){ list->origin, ROW_REPLACE,
				 p[k].symbol, fn->name, 0, 0, p[k].why,
				 NULL });
	}
	free(changed);
}

static void print_json_rows(const struct row *rows, size_t n)
{
	size_t i = 0;

	fputs("{\"objects\": [", stdout);
	while (i < n) {
		const char *object = rows[i].object;
		enum row_kind kind;

		fputs(i ? ",\n {" : "\n {", stdout);
		fputs("\"object\": ", stdout);
		cl_json_string(object);
		for (kind = ROW_FUNCTION; kind <= ROW_OUTSIDE; kind++) {
			static const char *const names[] = {
				"functions", "symbols", "outside" };
			bool first = true;

			printf(", \"%s\": [", names[kind]);
			for (; i < n && !strcmp(rows[i].object, object) &&
			       rows[i].kind == kind; i++) {
				const struct row *w = &rows[i];

				fputs(first ? "{" : ", {", stdout);
				first = false;
				if (kind == ROW_FUNCTION) {
					fputs("\"name\": ", stdout);
					cl_json_string(w->a);
					fputs(", \"file\": ", stdout);
					cl_json_string(w->b);
					printf(", \"first\": %lu, \"last\": %lu}",
					       w->first, w->last);
				} else if (kind == ROW_REPLACE) {
					fputs("\"symbol\": ", stdout);
					cl_json_string(w->a);
					fputs(", \"why\": ", stdout);
					cl_json_string(lp_reason_name(w->why));
					fputs(", \"function\": ", stdout);
					cl_json_string(w->b);
					putchar('}');
				} else {
					fputs("\"file\": ", stdout);
					cl_json_string(w->a);
					printf(", \"line\": %lu, \"change\": ",
					       w->first);
					cl_json_string(w->what);
					putchar('}');
				}
			}
			putchar(']');
		}
		putchar('}');
	}
	fputs(n ? "\n]}\n" : "]}\n", stdout);
}

int cl_patch_answer(struct cl_patch_query *q, const struct cl_set *set,
		    bool json)
{
	struct rows r = { NULL, 0, 0 };
	size_t i, j, nsymbols = 0, noutside = 0, nfunctions = 0, nobjects = 0;
	int status = 0;

	if (q->old_lists) {
		cl_error("%s: a callers list of format version 1, which does "
			 "not say where functions are defined (%zu such "
			 "list%s): rebuild with this plugin for --patch",
			 q->first_old_list, q->old_lists,
			 q->old_lists == 1 ? "" : "s");
		return 2;
	}
	for (i = 0; i < q->diff.nfiles; i++) {
		const struct cl_diff_file *f = &q->diff.files[i];

		if (f->old_path && !q->file_known[i]) {
			fprintf(stderr, "%s:%lu: no callers list read %s: not "
				"compiled into any object of the tree (leave "
				"it out of the diff, or give the tree that "
				"builds it)\n", q->origin, f->diff_line,
				f->old_path);
			status = 2;
		}
	}
	if (status)
		return status;

	for (i = 0; i < set->nlists; i++)
		answer_list(q, set->lists[i], &r);
	qsort(r.rows, r.n, sizeof(*r.rows), compare_rows);
	/* One row per object and symbol: its strongest reason (the rows of
	 * a symbol are sorted by reason, then by function). */
	for (i = j = 0; i < r.n; i++) {
		const struct row *w = &r.rows[i];

		if (j && w->kind == ROW_REPLACE &&
		    r.rows[j - 1].kind == ROW_REPLACE &&
		    !strcmp(r.rows[j - 1].object, w->object) &&
		    !strcmp(r.rows[j - 1].a, w->a))
			continue;
		if (j && !compare_rows(&r.rows[j - 1], w))
			continue;
		r.rows[j++] = *w;
	}
	r.n = j;
	for (i = 0; i < r.n; i++) {
		nfunctions += r.rows[i].kind == ROW_FUNCTION;
		nsymbols += r.rows[i].kind == ROW_REPLACE;
		noutside += r.rows[i].kind == ROW_OUTSIDE;
		nobjects += !i || strcmp(r.rows[i - 1].object,
					 r.rows[i].object);
	}

	if (json) {
		print_json_rows(r.rows, r.n);
	} else {
		for (i = 0; i < r.n; i++) {
			const struct row *w = &r.rows[i];

			if (w->kind == ROW_FUNCTION)
				printf("function\t%s\t%s\t%s:%lu-%lu\n",
				       w->object, w->a, w->b, w->first,
				       w->last);
			else if (w->kind == ROW_REPLACE)
				printf("replace\t%s\t%s\t%s\t%s\n", w->object,
				       w->a, lp_reason_name(w->why), w->b);
			else
				printf("outside\t%s\t%s:%lu\t%s\n", w->object,
				       w->a, w->first, w->what);
		}
	}
	for (i = 0; i < q->diff.nfiles; i++) {
		const struct cl_diff_file *f = &q->diff.files[i];

		if (!f->old_path)
			fprintf(stderr, "%s:%lu: %s is a new file: no object "
				"of the tree holds its code yet\n", q->origin,
				f->diff_line, f->new_path);
	}
	fprintf(stderr, "%s: %s: %zu changed function%s in %zu object%s, "
		"%zu symbol%s to replace", cl_progname, q->origin, nfunctions,
		nfunctions == 1 ? "" : "s", nobjects, nobjects == 1 ? "" : "s",
		nsymbols, nsymbols == 1 ? "" : "s");
	if (noutside)
		fprintf(stderr, "; %zu change%s outside any function: see the "
			"'outside' lines", noutside, noutside == 1 ? "" : "s");
	fputc('\n', stderr);
	free(r.rows);
	return 0;
}

void cl_patch_free(struct cl_patch_query *q)
{
	for (size_t i = 0; i < q->diff.nfiles; i++)
		free(q->inside[i]);
	free(q->inside);
	free(q->file_known);
	free(q->first_old_list);
	cl_diff_free(&q->diff);
}
