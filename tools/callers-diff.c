// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Reader of a unified diff, for livepatch-callers --patch: which lines of
 * which files of the old tree a fix changes.
 *
 * The callers lists describe the tree as it was built, before the fix, so
 * every change is placed in the old file's numbering: a removed line at
 * its own number, added lines at the gap after the old line they follow.
 * A change the reader misplaces or skips is a changed function missing
 * from the patch, so it is strict: a hunk whose lines do not add up to its
 * header, a hunk outside any file, a header it cannot read, all fail with
 * DIFF:LINE, as does a hunk followed by more hunk lines than it counts
 * (git apply: "corrupt patch", GNU patch: "malformed patch") and a
 * combined diff of a merge (`diff --cc`), whose hunks show only what
 * differs from every parent and so cannot be placed in the one parent
 * that was built.  It reads what authors have: `git diff` and `git show`
 * (renames, copies, new and deleted files, mode and binary changes), `git
 * format-patch` mails holding several files, and `diff -u`/`diff -ru`.
 * Each hunk keeps its old lines, so that --patch places it by its text in
 * the file on disk (callers-patch.c), not by its header's numbers.  Text
 * before, between and after the files (a commit message, a diffstat, a mail
 * signature) is not part of any hunk and is passed over; a "--- " line is a
 * file's header only when a "+++ " line follows it.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "callers.h"
#include "declaration-start.h"

struct diff_reader {
	const char *origin;
	unsigned long line;
	struct cl_diff *diff;
	size_t file_alloc;
	size_t change_alloc;
	/* git's extended header of the file being read */
	char *git_old, *git_new;
	unsigned long git_line;
	bool git_new_file, git_deleted;
	int strip;		/* -p: components to drop, -1 for a/ b/ */
	size_t hunk_alloc;
	size_t old_alloc;
};

/* "livepatch-callers: DIFF:LINE: message" for the line the reader is at;
 * returns -1. */
#define diff_error(r, ...)						\
	(fprintf(stderr, "%s: ", cl_progname),				\
	 cl_error_at((r)->origin, (r)->line, __VA_ARGS__))

/*
 * The path of a "--- PATH" or "+++ PATH" header (LINE without its first
 * four bytes): up to a TAB (diff -u puts the date there), git's quoting
 * ("a/x\tb") undone, "/dev/null" as NULL in *PATH.
 */
static int header_path(const struct diff_reader *r, const char *text,
		       size_t len, char **path)
{
	char *out = cl_xmalloc(len + 1);
	size_t n = 0, i = 0;

	if (len && text[0] == '"') {
		for (i = 1; i < len && text[i] != '"'; i++) {
			char c = text[i];

			if (c == '\\' && i + 1 < len) {
				c = text[++i];
				if (c == 't')
					c = '\t';
				else if (c == 'n')
					c = '\n';
				else if (c >= '0' && c <= '3') {
					/* git's \ooo: three octal digits. */
					if (i + 2 >= len ||
					    text[i + 1] < '0' || text[i + 1] > '7' ||
					    text[i + 2] < '0' || text[i + 2] > '7') {
						free(out);
						return diff_error(r, "a quoted path "
							"with a bad octal escape "
							"(git writes \\ooo)");
					}
					c = (char)((c - '0') << 6 |
						   (text[i + 1] - '0') << 3 |
						   (text[i + 2] - '0'));
					i += 2;
				}
			}
			out[n++] = c;
		}
		if (i == len) {
			free(out);
			return diff_error(r, "unterminated quoted path");
		}
	} else {
		while (i < len && text[i] != '\t')
			out[n++] = text[i++];
		/* diff -u without a date may leave trailing blanks */
		while (n && out[n - 1] == ' ')
			n--;
	}
	out[n] = 0;
	if (!n) {
		free(out);
		return diff_error(r, "a file header without a path");
	}
	if (!strcmp(out, "/dev/null")) {
		free(out);
		out = NULL;
	}
	*path = out;
	return 0;
}

/* git prefixes the old path with "a/" and the new one with "b/". */
static char *without_git_prefix(char *path, char prefix)
{
	if (path && path[0] == prefix && path[1] == '/')
		memmove(path, path + 2, strlen(path + 2) + 1);
	return path;
}

/*
 * patch(1)'s -pN: PATH without its first N components (a run of slashes
 * separates two).  Returns -1 after a message when PATH has too few.
 */
static int strip_path(const struct diff_reader *r, char *path)
{
	char *p = path;

	if (!path || r->strip <= 0)
		return 0;
	for (int n = 0; n < r->strip; n++) {
		char *slash = strchr(p, '/');

		if (!slash)
			return diff_error(r, "cannot strip %d leading "
					  "component%s (-p%d) from %s",
					  r->strip, r->strip == 1 ? "" : "s",
					  r->strip, path);
		p = slash + strspn(slash, "/");
	}
	memmove(path, p, strlen(p) + 1);
	return 0;
}

/* The paths of a "---"/"+++" pair (or of "diff --git") as the tree names
 * them: -pN when given, else git's a/ and b/ dropped when both are there. */
static int tree_paths(const struct diff_reader *r, char *old_path,
		      char *new_path)
{
	if (r->strip >= 0)
		return strip_path(r, old_path) || strip_path(r, new_path) ?
		       -1 : 0;
	if (old_path && new_path && !strncmp(old_path, "a/", 2) &&
	    !strncmp(new_path, "b/", 2)) {
		without_git_prefix(old_path, 'a');
		without_git_prefix(new_path, 'b');
	} else if (!old_path || !new_path) {
		/* git's new or deleted file: "/dev/null" and "b/X" */
		without_git_prefix(old_path, 'a');
		without_git_prefix(new_path, 'b');
	}
	return 0;
}

static struct cl_diff_file *add_file(struct diff_reader *r, char *old_path,
				     char *new_path, unsigned long line)
{
	struct cl_diff *d = r->diff;
	struct cl_diff_file *f;

	if (d->nfiles == r->file_alloc) {
		r->file_alloc = r->file_alloc ? 2 * r->file_alloc : 8;
		d->files = cl_xrealloc(d->files,
				       r->file_alloc * sizeof(*d->files));
	}
	f = &d->files[d->nfiles++];
	memset(f, 0, sizeof(*f));
	f->old_path = old_path;
	f->new_path = new_path;
	f->diff_line = line;
	r->change_alloc = 0;
	r->hunk_alloc = 0;
	return f;
}

static void add_change(struct diff_reader *r, struct cl_diff_file *f,
		       struct cl_diff_change change)
{
	if (f->nchanges == r->change_alloc) {
		r->change_alloc = r->change_alloc ? 2 * r->change_alloc : 16;
		f->changes = cl_xrealloc(f->changes, r->change_alloc *
					 sizeof(*f->changes));
	}
	f->changes[f->nchanges++] = change;
}

static bool is_blank(const char *text)
{
	while (lp_is_blank(*text))
		text++;
	return !*text;
}

/* "@@ -A[,B] +C[,D] @@": the old start and count, the new count. */
static int hunk_header(const struct diff_reader *r, const char *line,
		       unsigned long *old_start, unsigned long *old_count,
		       unsigned long *new_count)
{
	unsigned long new_start;
	char *end;

	if (strncmp(line, "@@ -", 4) || line[4] < '0' || line[4] > '9')
		goto bad;
	*old_start = strtoul(line + 4, &end, 10);
	*old_count = 1;
	if (*end == ',')
		*old_count = strtoul(end + 1, &end, 10);
	if (strncmp(end, " +", 2) || end[2] < '0' || end[2] > '9')
		goto bad;
	new_start = strtoul(end + 2, &end, 10);
	*new_count = 1;
	if (*end == ',')
		*new_count = strtoul(end + 1, &end, 10);
	if (strncmp(end, " @@", 3))
		goto bad;
	(void)new_start;
	return 0;
bad:
	return diff_error(r, "malformed hunk header (expected "
			  "'@@ -START,COUNT +START,COUNT @@')");
}

static void forget_git_header(struct diff_reader *r)
{
	free(r->git_old);
	free(r->git_new);
	r->git_old = r->git_new = NULL;
	r->git_new_file = r->git_deleted = false;
}

/* "diff --git a/OLD b/NEW": both paths, when they are unambiguous
 * (equal, or given again by rename lines or ---/+++ headers). */
static void git_header(struct diff_reader *r, const char *line)
{
	const char *a = line + strlen("diff --git ");
	size_t len = strlen(a);

	forget_git_header(r);
	r->git_line = r->line;
	/* "a/X b/X": the common case, and the only one where the paths
	 * can be split without quoting rules. */
	if (len > 4 && len % 2 == 1 && !strncmp(a, "a/", 2) &&
	    !strncmp(a + len / 2 + 1, "b/", 2) && a[len / 2] == ' ' &&
	    !strncmp(a + 2, a + len / 2 + 3, len / 2 - 2)) {
		r->git_old = cl_xasprintf("%.*s", (int)(len / 2 - 2), a + 2);
		r->git_new = cl_xstrdup(r->git_old);
	}
}

/*
 * Read the hunks of F from LINES[*I]: each line is one of the hunk's, and
 * their numbers add up to the header's counts.
 */
/* A new hunk of F, from its "@@" line; its old lines follow. */
static struct cl_diff_hunk *add_hunk(struct diff_reader *r,
				     struct cl_diff_file *f,
				     unsigned long start)
{
	struct cl_diff_hunk *h;

	if (f->nhunks == r->hunk_alloc) {
		r->hunk_alloc = r->hunk_alloc ? 2 * r->hunk_alloc : 4;
		f->hunks = cl_xreallocarray(f->hunks, r->hunk_alloc,
					    sizeof(*f->hunks));
	}
	h = &f->hunks[f->nhunks++];
	memset(h, 0, sizeof(*h));
	h->start = start;
	h->diff_line = r->line;
	h->first_change = f->nchanges;
	r->old_alloc = 0;
	return h;
}

/* An old line of H (context, or removed when REMOVED). */
static void add_old_line(struct diff_reader *r, struct cl_diff_hunk *h,
			 const char *text, bool removed)
{
	if (h->nold == r->old_alloc) {
		r->old_alloc = r->old_alloc ? 2 * r->old_alloc : 16;
		h->old = cl_xreallocarray(h->old, r->old_alloc,
					  sizeof(*h->old));
		h->removed = cl_xreallocarray(h->removed, r->old_alloc,
					      sizeof(*h->removed));
	}
	h->old[h->nold] = cl_xstrdup(text);
	h->removed[h->nold++] = removed;
}

static void add_text(struct cl_diff_change *c, const char *text)
{
	c->text = cl_xreallocarray(c->text, c->ntext + 1, sizeof(*c->text));
	c->text[c->ntext++] = cl_xstrdup(text);
}

/* A context line, a removed one or added ones: one step of the hunk. */
static int hunk_line(struct diff_reader *r, struct cl_diff_file *f,
		     struct cl_diff_hunk *h, const char *text,
		     unsigned long *old_line, unsigned long left[2],
		     bool *adding, bool *changed)
{
	switch (text[0]) {
	case '\0':	/* an empty context line, its blank stripped */
	case ' ':
		if (!left[0] || !left[1])
			return diff_error(r, "the hunk is longer than its "
					  "header says");
		add_old_line(r, h, text[0] ? text + 1 : text, false);
		if (*changed)
			h->trail++;
		else
			h->lead++;
		left[0]--;
		left[1]--;
		++*old_line;
		*adding = false;
		return 0;
	case '-':
		if (!left[0])
			return diff_error(r, "the hunk removes more lines than "
					  "its header says");
		add_old_line(r, h, text + 1, true);
		add_change(r, f, (struct cl_diff_change){
			*old_line, true, false, is_blank(text + 1), NULL, 0,
			r->line });
		left[0]--;
		++*old_line;
		break;
	case '+':
		if (!left[1])
			return diff_error(r, "the hunk adds more lines than "
					  "its header says");
		/* One insertion per run of added lines, placed after old
		 * line OLD_LINE - 1; whether it belongs to the declaration
		 * below depends on its last line. */
		if (!*adding)
			add_change(r, f, (struct cl_diff_change){
				*old_line - 1, false, false, true, NULL, 0,
				r->line });
		add_text(&f->changes[f->nchanges - 1], text + 1);
		f->changes[f->nchanges - 1].continues_declaration =
			lp_line_continues_declaration(text + 1,
						      strlen(text + 1));
		f->changes[f->nchanges - 1].blank &= is_blank(text + 1);
		left[1]--;
		*adding = true;
		h->trail = 0;
		*changed = true;
		return 0;
	case '\\':	/* "\ No newline at end of file" */
		return 0;
	default:
		return diff_error(r, "a line inside a hunk starts with "
				  "neither ' ', '-', '+' nor '\\' (%lu old "
				  "and %lu new lines missing)", left[0],
				  left[1]);
	}
	*adding = false;
	h->trail = 0;
	*changed = true;
	return 0;
}

/*
 * Is LINES[I], right after a complete hunk, one more line of it?  Then the
 * header's counts are wrong, and reading on would drop changes.  Not a
 * mail's signature separator ("-- ") nor the next file's "---" header.
 */
static bool hunk_goes_on(char **lines, size_t nlines, size_t i)
{
	const char *text = lines[i];

	if (text[0] != ' ' && text[0] != '+' && text[0] != '-')
		return false;
	if (!strcmp(text, "-- "))
		return false;
	return !(!strncmp(text, "--- ", 4) && i + 1 < nlines &&
		 !strncmp(lines[i + 1], "+++ ", 4));
}

/*
 * Read the hunks of F from LINES[*I]: each line is one of the hunk's, and
 * their numbers add up to the header's counts.
 */
static int read_hunk(struct diff_reader *r, struct cl_diff_file *f,
		     char **lines, size_t nlines, size_t *i)
{
	unsigned long old_line, left[2] = { 0, 0 }, start = 0;
	bool adding = false, changed = false;
	struct cl_diff_hunk *h;

	if (hunk_header(r, lines[*i], &start, &left[0], &left[1]))
		return -1;
	/* A hunk that only adds names the line it adds after: "-A,0". */
	old_line = left[0] ? start : start + 1;
	h = add_hunk(r, f, old_line);
	while (left[0] || left[1]) {
		if (++*i == nlines) {
			r->line++;
			return diff_error(r, "the hunk ends early: %lu old and "
					  "%lu new lines missing", left[0],
					  left[1]);
		}
		r->line++;
		if (hunk_line(r, f, h, lines[*i], &old_line, left, &adding,
			      &changed))
			return -1;
	}
	h->nchanges = f->nchanges - h->first_change;
	/* A "\ No newline" marker may follow the hunk's last line. */
	if (*i + 1 < nlines && lines[*i + 1][0] == '\\') {
		++*i;
		r->line++;
	}
	if (*i + 1 < nlines && hunk_goes_on(lines, nlines, *i + 1)) {
		r->line++;
		return diff_error(r, "the hunk is longer than its header says "
				  "(a corrupt patch: git apply and patch(1) "
				  "refuse it too)");
	}
	return 0;
}

char **cl_cut_lines(char *data, size_t len, size_t *nlines)
{
	char **lines = NULL;
	size_t n = 0, alloc = 0;

	for (char *p = data; p < data + len;) {
		char *nl = memchr(p, '\n', (size_t)(data + len - p));

		if (n == alloc) {
			alloc = alloc ? 2 * alloc : 256;
			lines = cl_xreallocarray(lines, alloc, sizeof(*lines));
		}
		lines[n++] = p;
		if (!nl) {
			p[data + len - p] = 0;
			break;
		}
		*nl = 0;
		if (nl > p && nl[-1] == '\r')
			nl[-1] = 0;
		p = nl + 1;
	}
	*nlines = n;
	return lines;
}

static bool starts(const char *line, const char *word)
{
	return !strncmp(line, word, strlen(word));
}

/*
 * A line of git's extended header ("rename from", "copy to", "new file
 * mode", ...) for FILE, before its hunks.  Returns 1 when LINE is one.
 */
static int git_extended(struct cl_diff_file *f,
			const char *line)
{
	char **slot = NULL;
	const char *value = NULL;

	if (!f || !f->git || f->has_hunks || f->has_headers)
		return 0;
	if (starts(line, "rename from ")) {
		slot = &f->old_path, value = line + 12;
	} else if (starts(line, "rename to ")) {
		slot = &f->new_path, value = line + 10;
	} else if (starts(line, "copy from ")) {
		/* The original is unchanged: the copy is a new file. */
		free(f->copy_of);
		f->copy_of = cl_xstrdup(line + 10);
		free(f->old_path);
		f->old_path = NULL;
		f->created = true;
	} else if (starts(line, "copy to ")) {
		slot = &f->new_path, value = line + 8;
	} else if (starts(line, "new file mode ")) {
		free(f->old_path);
		f->old_path = NULL;
		f->created = true;
	} else if (starts(line, "deleted file mode ")) {
		free(f->new_path);
		f->new_path = NULL;
		f->deleted = true;
	} else if (starts(line, "old mode ") || starts(line, "new mode ")) {
		f->mode_only = true;
	} else if (starts(line, "Binary files ") ||
		   !strcmp(line, "GIT binary patch")) {
		f->binary = true;
	} else {
		return 0;
	}
	if (slot) {
		free(*slot);
		*slot = cl_xstrdup(value);
	}
	return 1;
}

/* A "--- "/"+++ " pair at LINES[I]: a file of its own, or the paths of
 * the file "diff --git" began. */
static int file_headers(struct diff_reader *r, struct cl_diff_file **file,
			char **lines, size_t i)
{
	struct cl_diff_file *f = *file;
	char *old_path, *new_path;

	if (header_path(r, lines[i] + 4, strlen(lines[i] + 4), &old_path))
		return -1;
	r->line++;
	if (header_path(r, lines[i + 1] + 4, strlen(lines[i + 1] + 4),
			&new_path)) {
		free(old_path);
		return -1;
	}
	if (tree_paths(r, old_path, new_path)) {
		free(old_path);
		free(new_path);
		return -1;
	}
	/* After "diff --git", these name the same file; without it, they
	 * start a file of their own. */
	if (!f || !f->git || f->has_hunks || f->has_headers) {
		f = *file = add_file(r, old_path, new_path, r->line - 1);
	} else {
		free(f->old_path);
		free(f->new_path);
		f->old_path = old_path;
		f->new_path = new_path;
		/* git diff -C: "--- a/ORIGINAL", the copy is new */
		if (f->copy_of) {
			free(f->old_path);
			f->old_path = NULL;
		}
	}
	f->created |= !f->old_path;
	f->deleted |= !f->new_path;
	f->has_headers = true;
	return 0;
}

/* One line of the diff outside any hunk. */
static int diff_line(struct diff_reader *r, struct cl_diff_file **file,
		     char **lines, size_t nlines, size_t *i)
{
	const char *line = lines[*i];
	struct cl_diff_file *f = *file;

	if (starts(line, "diff --cc ") || starts(line, "diff --combined ") ||
	    (f && f->has_headers && starts(line, "@@@ ")))
		return diff_error(r, "a combined diff of a merge: its hunks "
				  "show only what differs from every parent, "
				  "so they cannot be placed in the tree that "
				  "was built; give the merge's changes "
				  "against that parent ('git show "
				  "--first-parent MERGE' or 'git diff "
				  "MERGE^1 MERGE')");
	if (starts(line, "diff --git ")) {
		git_header(r, line);
		f = *file = add_file(r, r->git_old ? cl_xstrdup(r->git_old) :
				     NULL, r->git_new ? cl_xstrdup(r->git_new) :
				     NULL, r->line);
		f->git = true;
		if (r->strip > 0 && (strip_path(r, f->old_path) ||
				     strip_path(r, f->new_path)))
			return -1;
		return 0;
	}
	if (git_extended(f, line))
		return 0;
	if (starts(line, "--- ") && *i + 1 < nlines &&
	    starts(lines[*i + 1], "+++ ")) {
		if (file_headers(r, file, lines, *i))
			return -1;
		++*i;
		return 0;
	}
	if (starts(line, "@@ ") && f) {
		/* Before the first file, it is text (a commit message
		 * quoting a hunk); after a git header without ---/+++, a
		 * hunk of no known file. */
		if (!f->has_headers)
			return diff_error(r, "a hunk before its file's '--- '/"
					  "'+++ ' header");
		f->has_hunks = true;
		f->mode_only = false;
		return read_hunk(r, f, lines, nlines, i);
	}
	return 0;
}

int cl_diff_parse(struct cl_diff *d, const char *origin, char *data,
		  size_t len, int strip)
{
	struct diff_reader r = { .origin = origin, .diff = d, .strip = strip };
	struct cl_diff_file *file = NULL;
	size_t nlines, i;
	char **lines;
	int status = -1;

	memset(d, 0, sizeof(*d));
	lines = cl_cut_lines(data, len, &nlines);
	for (i = 0; i < nlines; i++) {
		r.line = i + 1;
		if (diff_line(&r, &file, lines, nlines, &i))
			goto out;
	}
	for (i = 0; i < d->nfiles; i++) {
		struct cl_diff_file *f = &d->files[i];

		if ((!f->old_path && !f->new_path) ||
		    (!f->old_path && !f->created) ||
		    (!f->new_path && !f->deleted)) {
			r.line = f->diff_line;
			diff_error(&r, "cannot tell the file's path (quote "
				   "the paths or use 'git diff' headers)");
			goto out;
		}
		/* a binary file changes no line; a mode is no content */
		if (f->binary || f->has_hunks)
			f->mode_only = false;
	}
	if (d->nfiles == 0) {
		r.line = nlines;
		diff_error(&r, "no file of a unified diff (no '--- '/'+++ ' "
			   "headers): is this a diff?");
		goto out;
	}
	status = 0;
out:
	free(lines);
	forget_git_header(&r);
	return status;
}

void cl_diff_free(struct cl_diff *d)
{
	for (size_t i = 0; i < d->nfiles; i++) {
		struct cl_diff_file *f = &d->files[i];

		for (size_t k = 0; k < f->nhunks; k++) {
			for (size_t j = 0; j < f->hunks[k].nold; j++)
				free(f->hunks[k].old[j]);
			free(f->hunks[k].old);
			free(f->hunks[k].removed);
		}
		free(f->hunks);
		free(f->old_path);
		free(f->new_path);
		free(f->copy_of);
		for (size_t k = 0; k < f->nchanges; k++) {
			for (size_t j = 0; j < f->changes[k].ntext; j++)
				free(f->changes[k].text[j]);
			free(f->changes[k].text);
		}
		free(f->changes);
	}
	free(d->files);
	memset(d, 0, sizeof(*d));
}
