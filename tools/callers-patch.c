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
#include <sys/stat.h>

#include "callers.h"

/* The text of the file being placed, as lines. */
struct source_text {
	char *path;		/* as read (under -d) */
	char *data;
	char **lines;
	size_t n;
};

/* A placed file: its text and its declarations, to classify changes. */
struct patch_source {
	struct source_text t;
	struct cl_decl *decls;
	size_t ndecls;
	/* [change]: what a change outside the lists' functions is of */
	enum cl_decl_kind *kinds;
	char **names;
};

/*
 * PATH folded lexically: "./", "//" and "/." dropped, "DIR/.." removed with
 * DIR.  GCC names a header as the #include reached it ("sub/deep/../h2.h"
 * from sub/deep/b.c's #include "../h2.h": libcpp's append_file_to_dir in
 * files.c joins the includer's directory and the name as written), while
 * git names it sub/h2.h.  The fold is what the kernel does unless DIR is a
 * symbolic link to another directory: then the file GCC opened is
 * TARGET/../h2.h, which no lexical rule can know; the sources on disk are
 * not consulted for this, so a tree whose directories are links is
 * matched as if they were not (docs/patch.md).  A leading ".." stays.
 */
static char *normal_path(const char *path)
{
	size_t len = strlen(path), n = 0, top;
	char *out = cl_xmalloc(len + 2);
	const char *p = path;

	if (*p == '/')
		out[n++] = '/';
	top = n;
	while (*p) {
		size_t c = strcspn(p, "/");

		if (c == 0 || (c == 1 && p[0] == '.')) {
			/* "//" or "/./" */
		} else if (c == 2 && p[0] == '.' && p[1] == '.' && n > top &&
			   !(n - top >= 2 && out[n - 1] == '.' &&
			     out[n - 2] == '.' &&
			     (n - top == 2 || out[n - 3] == '/'))) {
			while (n > top && out[n - 1] != '/')
				n--;
			if (n > top)
				n--;	/* the slash before it */
		} else if (!(c == 2 && p[0] == '.' && p[1] == '.' &&
			     top == 1 && n == top)) {
			/* "/.." is "/"; any other component is kept */
			if (n > top)
				out[n++] = '/';
			memcpy(out + n, p, c);
			n += c;
		}
		p += c;
		p += strspn(p, "/");
	}
	out[n] = 0;
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
	return (f->old_path && same_file(f->old_path, path)) ||
	       (!f->git && f->new_path && same_file(f->new_path, path));
}

/* The path of LIST that names F's file, or NULL when LIST read none. */
static const char *list_read_file(const struct cl_list *list,
				  const struct cl_diff_file *f)
{
	for (size_t i = 0; i < list->nfiles; i++)
		if (is_diff_file(f, list->files[i]))
			return list->files[i];
	for (size_t i = 0; i < list->nfunctions; i++)
		if (list->functions[i].file &&
		    is_diff_file(f, list->functions[i].file))
			return list->functions[i].file;
	return NULL;
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

/*
 * The functions of LIST that the change C of the diff's file F reaches:
 * REACHED[j] is set for each function j whose code depends on the changed
 * lines.  Returns whether any did.  This is the one place that decides it:
 * today a change reaches the functions whose definition holds it; the
 * macro records (a #define's users) and a stale-tree check of the file
 * belong here too, so that every caller sees them.
 */
/* Does change C fall inside the lines FIRST..LAST of a #define? */
static bool change_in_lines(const struct cl_diff_change *c,
			    unsigned long first, unsigned long last)
{
	if (c->removed)
		return first <= c->line && c->line <= last;
	return first <= c->line && c->line + 1 <= last;
}

/*
 * Format 4's macro records: every function of LIST whose body expanded a
 * macro whose definition change C touches is REACHED, as a change of its
 * own body would be.  Lists without macro records (older, or made without
 * macro maps) name no one here; their macro change stays in the answer as
 * a "macro" row for every object that read the file (author_rows).
 */
static void macro_users_reached(const struct cl_list *list,
				const struct cl_diff_file *f,
				const struct cl_diff_change *c,
				bool *reached)
{
	for (size_t j = 0; j < list->nmacros; j++) {
		const struct cl_macro *m = &list->macros[j];
		const struct cl_function *fn;

		if (!is_diff_file(f, m->file) ||
		    !change_in_lines(c, m->first, m->last))
			continue;
		fn = cl_find_function(list, m->function);
		if (fn)
			reached[fn - list->functions] = true;
	}
}

static bool changed_line_reaches(const struct cl_list *list,
				 const struct cl_diff_file *f,
				 const struct cl_diff_change *c,
				 bool *reached)
{
	bool any = false;

	for (size_t j = 0; j < list->nfunctions; j++) {
		const struct cl_function *fn = &list->functions[j];

		if (fn->file && is_diff_file(f, fn->file) &&
		    change_in_function(c, fn)) {
			reached[j] = true;
			any = true;
		}
	}
	return any;
}

void cl_patch_init(struct cl_patch_query *q, const char *origin,
		   const char *dir)
{
	q->origin = origin;
	q->dir = dir;
	q->file_known = cl_xcalloc(q->diff.nfiles + 1, 1);
	q->placed = cl_xcalloc(q->diff.nfiles + 1, 1);
	q->sources = cl_xcalloc(q->diff.nfiles + 1, sizeof(*q->sources));
	q->failed = false;
	q->inside = cl_xmalloc(sizeof(*q->inside) * (q->diff.nfiles + 1));
	for (size_t i = 0; i < q->diff.nfiles; i++) {
		size_t n = q->diff.files[i].nchanges;

		q->inside[i] = cl_xcalloc(n + 1, 1);
	}
	q->old_lists = 0;
	q->first_old_list = NULL;
	q->disk_sha256 = cl_xcalloc(q->diff.nfiles + 1,
				    sizeof(*q->disk_sha256));
	q->undigested = 0;
	q->first_undigested = NULL;
}

/* --- placing hunks by their text, as patch(1) does --------------------- */

/* PATH under the sources' directory, unless absolute. */
static char *on_disk(const struct cl_patch_query *q, const char *path)
{
	if (path[0] == '/' || !q->dir || !strcmp(q->dir, "."))
		return cl_xstrdup(path);
	return cl_xasprintf("%s/%s", q->dir, path);
}

/*
 * Read F's old file: the diff's old path (a plain diff -u's new path too),
 * then LIST_PATH, the path a list gave the compiler's file (absolute, or
 * after -ffile-prefix-map relative to the tree).  False when none exists.
 */
static bool read_source(const struct cl_patch_query *q,
			const struct cl_diff_file *f, const char *list_path,
			struct source_text *t)
{
	const char *candidates[3] = { f->old_path,
				      f->git ? NULL : f->new_path, list_path };
	struct stat st;

	for (int i = 0; i < 3; i++) {
		char *path;
		FILE *in;
		size_t len;

		if (!candidates[i])
			continue;
		path = on_disk(q, candidates[i]);
		if (stat(path, &st) || !S_ISREG(st.st_mode) ||
		    !(in = fopen(path, "rb"))) {
			free(path);
			continue;
		}
		t->data = cl_xmalloc((size_t)st.st_size + 1);
		len = fread(t->data, 1, (size_t)st.st_size, in);
		fclose(in);
		t->data[len] = 0;
		t->path = path;
		t->lines = cl_cut_lines(t->data, len, &t->n);
		return true;
	}
	return false;
}

/* Do H's old lines but the first DROP_LEAD and last DROP_TRAIL match T
 * from its line POS (0-based)? */
static bool hunk_matches(const struct cl_diff_hunk *h,
			 const struct source_text *t, size_t pos,
			 size_t drop_lead, size_t drop_trail)
{
	size_t n = h->nold - drop_lead - drop_trail;

	if (pos + n > t->n)
		return false;
	for (size_t k = 0; k < n; k++)
		if (strcmp(h->old[drop_lead + k], t->lines[pos + k]))
			return false;
	return true;
}

/*
 * Where H goes in T: GNU patch's locate_hunk (patch.c): at the header's
 * line moved by the previous hunk's offset, then the nearest offset
 * (later lines first, then earlier), never before the end of the previous
 * hunk; failing that, the same with one and then two context lines
 * dropped from each end (the fuzz).  *AT is the 0-based line H's first
 * old line lands on.  False when it matches nowhere.
 */
static bool locate_hunk(const struct cl_diff_hunk *h,
			const struct source_text *t, long last_offset,
			size_t floor, size_t *at, size_t *fuzz)
{
	size_t prev_dl = 0, prev_dt = 0;

	for (size_t fz = 0; fz <= 2; fz++) {
		size_t dl = fz < h->lead ? fz : h->lead;
		size_t dt = fz < h->trail ? fz : h->trail;
		long guess = (long)h->start - 1 + last_offset + (long)dl;

		/* No more context to drop: the same search again. */
		if (fz && dl == prev_dl && dt == prev_dt)
			break;
		prev_dl = dl;
		prev_dt = dt;
		for (long d = 0; d <= (long)t->n + 1; d++) {
			for (int side = 0; side < (d ? 2 : 1); side++) {
				long pos = side ? guess - d : guess + d;

				if (pos < (long)floor + (long)dl ||
				    pos > (long)t->n)
					continue;
				if (hunk_matches(h, t, (size_t)pos, dl, dt)) {
					*at = (size_t)pos - dl;
					*fuzz = fz;
					return true;
				}
			}
		}
	}
	return false;
}

/*
 * What the change C of a placed file is of, from the file's declarations:
 * the one holding a removed line, or the gap added lines fill; lines added
 * between two declarations are read for what they declare themselves.
 */
/* Is old line LINE of F removed by the diff? */
static bool line_removed(const struct cl_diff_file *f, unsigned long line)
{
	for (size_t k = 0; k < f->nchanges; k++)
		if (f->changes[k].removed && f->changes[k].line == line)
			return true;
	return false;
}

static enum cl_decl_kind classify(const struct cl_diff_file *f,
				  const struct cl_diff_change *c,
				  const struct patch_source *src, char **name)
{
	const struct cl_decl *d;
	struct cl_decl *added;
	size_t n;
	enum cl_decl_kind kind = CL_DECL_OTHER;

	if (c->removed) {
		d = cl_decl_at(src->decls, src->ndecls, c->line);
	} else {
		d = cl_decl_at(src->decls, src->ndecls, c->line);
		/* After its last line: between, unless they replace that
		 * line (the last line of a #define, a closing brace). */
		if (d && d->last == c->line && !line_removed(f, c->line))
			d = NULL;
	}
	if (d) {
		*name = cl_xstrdup(d->name);
		return d->kind;
	}
	*name = cl_xstrdup("-");
	if (c->removed || !c->ntext)
		return kind;
	n = cl_scan_decls(c->text, c->ntext, &added);
	if (n) {
		kind = added[0].kind;
		free(*name);
		*name = cl_xstrdup(added[0].name);
	}
	cl_decls_free(added, n);
	return kind;
}

static void classify_changes(const struct cl_diff_file *f,
			     struct patch_source *src)
{
	src->kinds = cl_xcalloc(f->nchanges + 1, sizeof(*src->kinds));
	src->names = cl_xcalloc(f->nchanges + 1, sizeof(*src->names));
	for (size_t k = 0; k < f->nchanges; k++)
		src->kinds[k] = classify(f, &f->changes[k], src,
					  &src->names[k]);
}

/*
 * Place every hunk of the diff's file I by its text, and move its changes
 * to the lines where the text is.  LIST_PATH is the list's name for the
 * file.  Messages: a warning per hunk placed with an offset or fuzz, an
 * error per hunk found nowhere (then the file is failed: exit 2).
 */
static void place_file(struct cl_patch_query *q, size_t i,
		       const char *list_path)
{
	struct cl_diff_file *f = &q->diff.files[i];
	struct source_text t = { NULL, NULL, NULL, 0 };
	const char *name = f->old_path ? f->old_path : f->new_path;
	long last_offset = 0;
	size_t floor = 0;

	q->placed[i] = 1;
	if (!f->nhunks)
		return;
	if (!read_source(q, f, list_path, &t)) {
		fprintf(stderr, "%s: %s:%lu: cannot read %s to place its hunks "
			"(looked in %s): run in the tree the objects were "
			"built from, or give it with -d DIR\n", cl_progname,
			q->origin, f->diff_line, name,
			q->dir ? q->dir : ".");
		q->placed[i] = -1;
		q->failed = true;
		return;
	}
	for (size_t k = 0; k < f->nhunks; k++) {
		struct cl_diff_hunk *h = &f->hunks[k];
		size_t at, fuzz;
		long offset;

		if (h->nold == 0) {
			fprintf(stderr, "%s: %s:%lu: hunk #%zu of %s has no "
				"context and removes no line: it cannot be "
				"placed by its text (make the diff with "
				"context: diff -u, git diff)\n", cl_progname,
				q->origin, h->diff_line, k + 1, name);
			q->placed[i] = -1;
			continue;
		}
		if (!locate_hunk(h, &t, last_offset, floor, &at, &fuzz)) {
			fprintf(stderr, "%s: %s:%lu: hunk #%zu of %s does not "
				"match %s at line %lu or anywhere else, even "
				"with fuzz 2: is the diff of the tree that "
				"was built?\n", cl_progname, q->origin,
				h->diff_line, k + 1, name, t.path, h->start);
			q->placed[i] = -1;
			continue;
		}
		offset = (long)at + 1 - (long)h->start;
		if (offset || fuzz) {
			fprintf(stderr, "%s: %s:%lu: warning: hunk #%zu of %s "
				"placed at line %zu", cl_progname, q->origin,
				h->diff_line, k + 1, name, at + 1);
			if (offset)
				fprintf(stderr, " (offset %ld line%s)", offset,
					labs(offset) == 1 ? "" : "s");
			if (fuzz)
				fprintf(stderr, " with fuzz %zu", fuzz);
			fputc('\n', stderr);
		}
		for (size_t c = 0; c < h->nchanges; c++)
			f->changes[h->first_change + c].line += offset;
		last_offset = offset;
		floor = at + h->nold;
	}
	if (q->placed[i] < 0) {
		/* The path stays, for the stale-tree check (tree_is_stale). */
		q->failed = true;
		q->sources[i].t.path = t.path;
		free(t.data);
		free(t.lines);
		return;
	}
	q->sources[i].t = t;
	q->sources[i].ndecls = cl_scan_decls(t.lines, t.n,
					     &q->sources[i].decls);
	classify_changes(f, &q->sources[i]);
}

/*
 * The stale tree: the text a hunk was placed in (or failed to be placed
 * in) must be the file LIST's unit read, by the SHA-256 format 4 records;
 * else the list's line numbers say nothing of that text, and an answer
 * could name the wrong function.  Refused, naming the file and the
 * object, once per file: true when file I of the diff is stale for LIST.
 * A list that records no digest of it is counted, for one warning.
 */
static bool tree_is_stale(struct cl_patch_query *q,
			  const struct cl_list *list, size_t i,
			  const char *path)
{
	const char *disk = q->sources[i].t.path, *recorded;
	char *hex = q->disk_sha256[i];

	if (q->placed[i] == -2)
		return true;	/* said already */
	if (!disk || !q->diff.files[i].nhunks)
		return false;
	recorded = cl_source_digest(list, path);
	if (!recorded) {
		if (!q->undigested++)
			q->first_undigested = cl_xstrdup(list->origin);
		return false;
	}
	if (!hex[0] && cl_file_sha256(disk, hex))
		return false;	/* read once already: place_file said why */
	if (!strcmp(hex, recorded))
		return false;
	if (q->placed[i] > 0) {
		fprintf(stderr, "%s: %s: %s is not the file %s was built "
			"from (its SHA-256 differs from the list's): the "
			"tree changed since the build, or the fix is already "
			"applied; run on the tree that was built\n",
			cl_progname, q->origin, disk, list->origin);
	} else {
		fprintf(stderr, "%s: %s: %s changed since %s was built (its "
			"SHA-256 differs from the list's)\n", cl_progname,
			q->origin, disk, list->origin);
	}
	q->failed = true;
	return true;
}

/*
 * Does LIST read a file the diff changes?  Also notes, across every list
 * of the tree (kept or not), which paths some list read and which changes
 * some list places inside a function.  The first list that reads a file
 * has its hunks placed in the file's text.
 */
bool cl_patch_needs_list(struct cl_patch_query *q, const struct cl_list *list)
{
	bool needed = false;
	bool *reached;

	if (list->version < 2) {
		if (!q->old_lists++)
			q->first_old_list = cl_xstrdup(list->origin);
		return false;
	}
	reached = cl_xcalloc(list->nfunctions + 1, sizeof(*reached));
	for (size_t i = 0; i < q->diff.nfiles; i++) {
		const struct cl_diff_file *f = &q->diff.files[i];
		const char *path = list_read_file(list, f);

		if (!path)
			continue;
		needed = q->file_known[i] = true;
		if (!q->placed[i])
			place_file(q, i, path);
		if (tree_is_stale(q, list, i, path))
			q->placed[i] = -2;
		if (q->placed[i] < 0)
			continue;
		for (size_t k = 0; k < f->nchanges; k++)
			if (changed_line_reaches(list, f, &f->changes[k],
						 reached))
				q->inside[i][k] = 1;
	}
	free(reached);
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
	enum cl_decl_kind cat;	/* OUTSIDE: what the change is of */
	const char *source;	/* the list's source (for --klp) */
};

struct rows {
	struct row *rows;
	size_t n, alloc;
	const char *source;	/* of the list being answered */
};

static void add_row(struct rows *r, struct row row)
{
	row.source = r->source;
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
	if (!c)
		c = (int)a->cat - (int)b->cat;
	return c;
}

/*
 * Are lines of D's declaration (from its first line to its '{') both
 * removed and added: its prototype rewritten, not the function deleted or
 * a line (an attribute) only added?
 */
static bool declaration_rewritten(const struct cl_diff_file *f,
				  const struct cl_decl *d)
{
	bool removed = false, added = false;

	for (size_t k = 0; k < f->nchanges; k++) {
		const struct cl_diff_change *c = &f->changes[k];

		if (c->blank)
			continue;
		if (c->removed && c->line >= d->first && c->line < d->body)
			removed = true;
		else if (!c->removed && c->line >= d->first &&
			 c->line < d->body)
			added = true;
	}
	return removed && added;
}

/*
 * The rows a change C (the K-th of the diff's file F, I-th) gives LIST's
 * object besides its functions: what it is of when no function of the
 * lists holds it, and for one inside a function, a changed prototype or
 * an __init/__exit function (from the source's text: the lists do not say
 * which section a function is in).
 */
static void author_rows(const struct cl_patch_query *q,
			const struct cl_list *list, size_t i, size_t k,
			struct rows *r)
{
	const struct cl_diff_file *f = &q->diff.files[i];
	const struct cl_diff_change *c = &f->changes[k];
	const struct patch_source *src = &q->sources[i];
	const struct cl_decl *d;
	const char *what = c->removed ? "removed" : "added";

	if (!q->inside[i][k]) {
		/* An empty line outside a function is no code; one inside
		 * still marks the function (conservative). */
		if (!c->blank)
			add_row(r, (struct row){ list->origin, ROW_OUTSIDE,
				 f->old_path, src->names[k], c->line, 0,
				 LP_REASON_NONE, what, src->kinds[k], NULL });
		return;
	}
	d = cl_decl_at(src->decls, src->ndecls, c->line);
	if (!d || d->kind != CL_DECL_FUNCTION)
		return;
	if (d->body && c->line < d->body && !c->blank &&
	    declaration_rewritten(f, d))
		add_row(r, (struct row){ list->origin, ROW_OUTSIDE,
			 f->old_path, d->name, c->line, 0, LP_REASON_NONE,
			 what, CL_DECL_PROTOTYPE, NULL });
	if (d->init)
		add_row(r, (struct row){ list->origin, ROW_OUTSIDE,
			 f->old_path, d->name, d->first, 0, LP_REASON_NONE,
			 "changed", CL_DECL_INIT, NULL });
}

/* The changed functions of LIST and the symbols they bring. */
static void answer_list(const struct cl_patch_query *q,
			const struct cl_list *list, struct rows *r)
{
	bool *changed = cl_xcalloc(list->nfunctions + 1, sizeof(*changed));

	r->source = list->source;
	for (size_t i = 0; i < q->diff.nfiles; i++) {
		const struct cl_diff_file *f = &q->diff.files[i];

		if (!list_read_file(list, f))
			continue;
		if (f->binary)
			add_row(r, (struct row){ list->origin, ROW_OUTSIDE,
				 f->old_path, "-", 0, 0, LP_REASON_NONE,
				 "binary", CL_DECL_OTHER, NULL });
		if (q->placed[i] < 0)
			continue;
		for (size_t k = 0; k < f->nchanges; k++) {
			changed_line_reaches(list, f, &f->changes[k], changed);
			macro_users_reached(list, f, &f->changes[k], changed);
			author_rows(q, list, i, k, r);
		}
	}
	for (size_t j = 0; j < list->nfunctions; j++) {
		const struct cl_function *fn = &list->functions[j];
		const struct cl_patch *p;
		size_t n;

		if (!changed[j])
			continue;
		add_row(r, (struct row){ list->origin, ROW_FUNCTION, fn->name,
			 fn->file, fn->first, fn->last, LP_REASON_NONE, NULL,
			 CL_DECL_OTHER, NULL });
		n = cl_find_patches(list, fn->name, &p);
		for (size_t k = 0; k < n; k++)
			add_row(r, (struct row){ list->origin, ROW_REPLACE,
				 p[k].symbol, fn->name, 0, 0, p[k].why,
				 NULL, CL_DECL_OTHER, NULL });
	}
	free(changed);
}

/*
 * What a live-patch author must do about a change of KIND: the answer
 * replaces code, and none of these is code a klp_func can replace.
 */
static const char *author_action(enum cl_decl_kind kind)
{
	switch (kind) {
	case CL_DECL_MACRO:
		return "a changed #define: every function whose body expanded "
		       "it is named above, from the lists' macro records "
		       "(format 4; an older list, or one made with "
		       "-ftrack-macro-expansion=0, cannot say, and any code "
		       "of its object may use it); a use outside a function "
		       "body (an initializer, an array size, a struct) is a "
		       "data change to check by hand";
	case CL_DECL_DIRECTIVE:
		return "a changed preprocessor directive: any code of the "
		       "objects that read the file may change; rebuild and "
		       "compare (tools/patch-check)";
	case CL_DECL_LAYOUT:
		return "a changed struct/union/enum: live objects keep the "
		       "old layout and every object that read the file uses "
		       "it: not patchable as is; keep the layout and put new "
		       "fields in shadow variables (klp_shadow_get_or_alloc)";
	case CL_DECL_FUNCTION:
		return "a function no object kept (unused, or compiled out): "
		       "nothing to replace for it";
	case CL_DECL_PROTOTYPE:
		return "a changed prototype: callers in every object were "
		       "compiled for the old one; replace them too, or keep "
		       "the old signature and add a new function";
	case CL_DECL_INITIALIZER:
		return "a changed initializer: a live patch does not re-run "
		       "it, the running kernel keeps the old value; set it "
		       "in a pre-patch callback (klp_callbacks) or use a "
		       "shadow variable, and replace the functions that "
		       "read it";
	case CL_DECL_GLOBAL:
		return "a new or removed global object: a new one lives in "
		       "the patch module (or as a shadow variable), a "
		       "removed one stays in the running kernel";
	case CL_DECL_INIT:
		return "an __init/__exit function: it ran at boot or module "
		       "load and its code is freed; a live patch cannot "
		       "re-run it: redo its effect in a callback";
	default:
		return "a change in no function and no declaration the tool "
		       "can name (a comment, a typedef, a directive's text): "
		       "any code of the object may depend on it; review it";
	}
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
					fputs("\"category\": ", stdout);
					cl_json_string(
						cl_decl_kind_name(w->cat));
					fputs(", \"file\": ", stdout);
					cl_json_string(w->a);
					printf(", \"line\": %lu, \"change\": ",
					       w->first);
					cl_json_string(w->what);
					fputs(", \"name\": ", stdout);
					cl_json_string(w->b);
					fputs(", \"action\": ", stdout);
					cl_json_string(author_action(w->cat));
					putchar('}');
				}
			}
			putchar(']');
		}
		putchar('}');
	}
	fputs(n ? "\n]}\n" : "]}\n", stdout);
}

/*
 * One line per kind of change the author must act on, with what to do;
 * the exit status: 3 when there is one (the answer is complete, but the
 * live patch needs more than the replaced functions), else 0.
 */
static int report_actions(const struct row *rows, size_t n)
{
	size_t count[CL_DECL_END] = { 0 };
	int status = 0;

	for (size_t i = 0; i < n; i++)
		if (rows[i].kind == ROW_OUTSIDE)
			count[rows[i].cat]++;
	for (int k = 0; k < CL_DECL_END; k++) {
		if (!count[k])
			continue;
		fprintf(stderr, "%s: %s: %zu line%s: %s\n", cl_progname,
			cl_decl_kind_name((enum cl_decl_kind)k), count[k],
			count[k] == 1 ? "" : "s",
			author_action((enum cl_decl_kind)k));
		if (k != CL_DECL_FUNCTION)
			status = 3;
	}
	return status;
}

static void print_text_rows(const struct row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct row *w = &rows[i];

		if (w->kind == ROW_FUNCTION)
			printf("function\t%s\t%s\t%s:%lu-%lu\n", w->object,
			       w->a, w->b, w->first, w->last);
		else if (w->kind == ROW_REPLACE)
			printf("replace\t%s\t%s\t%s\t%s\n", w->object, w->a,
			       lp_reason_name(w->why), w->b);
		else if (w->cat == CL_DECL_OTHER)
			printf("outside\t%s\t%s:%lu\t%s\n", w->object, w->a,
			       w->first, w->what);
		else
			printf("%s\t%s\t%s:%lu\t%s\t%s\n",
			       cl_decl_kind_name(w->cat), w->object, w->a,
			       w->first, w->what, w->b);
	}
}

static int compare_klp(const void *pa, const void *pb)
{
	const struct cl_klp_symbol *a = pa, *b = pb;
	int c = strcmp(a->symbol, b->symbol);

	return c ? c : strcmp(a->source, b->source);
}

/* --patch --klp TARGET: the table of every symbol to replace, each of a
 * source once, placed in TARGET. */
static int print_klp(const struct cl_patch_query *q, const struct row *rows,
		     size_t n, const char *target)
{
	struct cl_klp_symbol *syms = cl_xmalloc((n + 1) * sizeof(*syms));
	size_t k = 0, j = 0;
	int status;

	for (size_t i = 0; i < n; i++)
		if (rows[i].kind == ROW_REPLACE)
			syms[k++] = (struct cl_klp_symbol){ rows[i].a,
							    rows[i].source };
	qsort(syms, k, sizeof(*syms), compare_klp);
	for (size_t i = 0; i < k; i++)
		if (!j || compare_klp(&syms[j - 1], &syms[i]))
			syms[j++] = syms[i];
	status = cl_klp_print(&q->origin, 1, target, syms, j);
	free(syms);
	return status;
}

/* What is no error and no answer: new files, copies, renames, modes. */
static void print_notes(const struct cl_patch_query *q)
{
	for (size_t i = 0; i < q->diff.nfiles; i++) {
		const struct cl_diff_file *f = &q->diff.files[i];
		bool renamed = f->old_path && f->new_path &&
			       strcmp(f->old_path, f->new_path) &&
			       !f->nchanges && !f->binary;

		if (f->copy_of || !f->old_path || renamed || f->mode_only)
			fprintf(stderr, "%s: ", cl_progname);
		if (f->copy_of)
			fprintf(stderr, "%s:%lu: %s is a new file, a copy of "
				"%s (unchanged): no object of the tree holds "
				"its code yet\n", q->origin, f->diff_line,
				f->new_path, f->copy_of);
		else if (!f->old_path)
			fprintf(stderr, "%s:%lu: %s is a new file: no object "
				"of the tree holds its code yet\n", q->origin,
				f->diff_line, f->new_path);
		else if (renamed)
			fprintf(stderr, "%s:%lu: %s renamed to %s, no line "
				"changes\n", q->origin, f->diff_line,
				f->old_path, f->new_path);
		else if (f->mode_only)
			fprintf(stderr, "%s:%lu: %s: a change of mode only, no "
				"line changes\n", q->origin, f->diff_line,
				f->old_path);
	}
}

/* An error for each changed file no list read; true when there is one. */
static bool unknown_files(const struct cl_patch_query *q)
{
	bool bad = false;

	for (size_t i = 0; i < q->diff.nfiles; i++) {
		const struct cl_diff_file *f = &q->diff.files[i];

		/* a rename, copy or mode change alone changes no line */
		if (f->old_path && !q->file_known[i] &&
		    (f->nchanges || f->binary)) {
			fprintf(stderr, "%s: %s:%lu: no callers list read %s: "
				"not compiled into any object of the tree "
				"(leave it out of the diff, or give the tree "
				"that builds it)\n", cl_progname, q->origin,
				f->diff_line, f->old_path);
			bad = true;
		}
	}
	return bad;
}

int cl_patch_answer(struct cl_patch_query *q, const struct cl_set *set,
		    bool json, const char *klp)
{
	struct rows r = { NULL, 0, 0, NULL };
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
	if (unknown_files(q) || q->failed)
		return 2;
	if (q->undigested)
		cl_error("warning: %zu list%s (the first: %s) record%s no "
			 "digest of a file the fix changes: whether the tree "
			 "changed since the build cannot be checked (rebuild "
			 "with a format 4 plugin)", q->undigested,
			 q->undigested == 1 ? "" : "s", q->first_undigested,
			 q->undigested == 1 ? "s" : "");

	for (i = 0; i < set->nlists; i++)
		answer_list(q, set->lists[i], &r);
	if (r.n)
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

	if (klp) {
		status = print_klp(q, r.rows, r.n, klp);
	} else if (json) {
		print_json_rows(r.rows, r.n);
	} else {
		print_text_rows(r.rows, r.n);
	}
	print_notes(q);
	fprintf(stderr, "%s: %s: %zu changed function%s in %zu object%s, "
		"%zu symbol%s to replace", cl_progname, q->origin, nfunctions,
		nfunctions == 1 ? "" : "s", nobjects, nobjects == 1 ? "" : "s",
		nsymbols, nsymbols == 1 ? "" : "s");
	if (noutside)
		fprintf(stderr, "; %zu change%s the replaced code does not "
			"cover: see the lines after the symbols", noutside,
			noutside == 1 ? "" : "s");
	fputc('\n', stderr);
	if (report_actions(r.rows, r.n) && !status)
		status = 3;
	free(r.rows);
	return status;
}

void cl_patch_free(struct cl_patch_query *q)
{
	for (size_t i = 0; i < q->diff.nfiles; i++)
		free(q->inside[i]);
	free(q->inside);
	free(q->file_known);
	free(q->placed);
	for (size_t i = 0; i < q->diff.nfiles; i++) {
		free(q->sources[i].t.path);
		free(q->sources[i].t.data);
		free(q->sources[i].t.lines);
		cl_decls_free(q->sources[i].decls, q->sources[i].ndecls);
		for (size_t k = 0; q->sources[i].names &&
		     k < q->diff.files[i].nchanges; k++)
			free(q->sources[i].names[k]);
		free(q->sources[i].names);
		free(q->sources[i].kinds);
	}
	free(q->sources);
	free(q->first_old_list);
	free(q->first_undigested);
	free(q->disk_sha256);
	cl_diff_free(&q->diff);
}
