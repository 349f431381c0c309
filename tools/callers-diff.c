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
 * DIFF:LINE.  It reads what authors have: `git diff` and `git show`
 * (renames, new and deleted files, binary changes), `git format-patch`
 * mails holding several files, and `diff -u`/`diff -ru`.  Text before,
 * between and after the files (a commit message, a diffstat, a mail
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
};

/* "DIFF:LINE: message" for the line the reader is at; returns -1. */
#define diff_error(r, ...) cl_error_at((r)->origin, (r)->line, __VA_ARGS__)

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
static int read_hunk(struct diff_reader *r, struct cl_diff_file *f,
		     char **lines, size_t nlines, size_t *i)
{
	unsigned long old_line, old_left = 0, new_left = 0, start = 0;
	bool adding = false;

	if (hunk_header(r, lines[*i], &start, &old_left, &new_left))
		return -1;
	/* A hunk that only adds names the line it adds after: "-A,0". */
	old_line = old_left ? start : start + 1;
	while (old_left || new_left) {
		const char *text;

		if (++*i == nlines) {
			r->line++;
			return diff_error(r, "the hunk ends early: %lu old and "
					  "%lu new lines missing", old_left,
					  new_left);
		}
		r->line++;
		text = lines[*i];
		switch (text[0]) {
		case '\0':	/* an empty context line, its blank stripped */
		case ' ':
			if (!old_left || !new_left)
				return diff_error(r, "the hunk is longer than "
						  "its header says");
			old_left--;
			new_left--;
			old_line++;
			adding = false;
			break;
		case '-':
			if (!old_left)
				return diff_error(r, "the hunk removes more "
						  "lines than its header says");
			add_change(r, f, (struct cl_diff_change){
				old_line, true, false, is_blank(text + 1),
				r->line });
			old_left--;
			old_line++;
			adding = false;
			break;
		case '+':
			if (!new_left)
				return diff_error(r, "the hunk adds more lines "
						  "than its header says");
			/* One insertion per run of added lines, placed after
			 * old line OLD_LINE - 1; whether it belongs to the
			 * declaration below depends on its last line. */
			if (!adding)
				add_change(r, f, (struct cl_diff_change){
					old_line - 1, false, false, true,
					r->line });
			f->changes[f->nchanges - 1].continues_declaration =
				lp_line_continues_declaration(text + 1,
							      strlen(text + 1));
			f->changes[f->nchanges - 1].blank &= is_blank(text + 1);
			new_left--;
			adding = true;
			break;
		case '\\':	/* "\ No newline at end of file" */
			break;
		default:
			return diff_error(r, "a line inside a hunk starts "
					  "with neither ' ', '-', '+' nor '\\' "
					  "(%lu old and %lu new lines missing)",
					  old_left, new_left);
		}
	}
	/* A "\ No newline" marker may follow the hunk's last line. */
	if (*i + 1 < nlines && lines[*i + 1][0] == '\\') {
		++*i;
		r->line++;
	}
	return 0;
}

int cl_diff_parse(struct cl_diff *d, const char *origin, char *data,
		  size_t len)
{
	struct diff_reader r = { origin, 0, d, 0, 0, NULL, NULL, 0, false,
				 false };
	struct cl_diff_file *file = NULL;
	char **lines = NULL;
	size_t nlines = 0, alloc = 0, i;
	int status = -1;

	memset(d, 0, sizeof(*d));
	/* Cut DATA into lines in place; a CR before LF is kept out. */
	for (char *p = data; p < data + len;) {
		char *nl = memchr(p, '\n', (size_t)(data + len - p));

		if (nlines == alloc) {
			alloc = alloc ? 2 * alloc : 256;
			lines = cl_xrealloc(lines, alloc * sizeof(*lines));
		}
		lines[nlines++] = p;
		if (!nl) {
			p[data + len - p] = 0;
			break;
		}
		*nl = 0;
		if (nl > p && nl[-1] == '\r')
			nl[-1] = 0;
		p = nl + 1;
	}
	for (i = 0; i < nlines; i++) {
		const char *line = lines[i];

		r.line = i + 1;
		if (!strncmp(line, "diff --git ", 11)) {
			git_header(&r, line);
			file = add_file(&r, r.git_old ? cl_xstrdup(r.git_old) :
					NULL, r.git_new ? cl_xstrdup(r.git_new) :
					NULL, r.line);
			file->git = true;
		} else if (file && file->git && !file->has_hunks &&
			   !strncmp(line, "rename from ", 12)) {
			free(file->old_path);
			file->old_path = cl_xstrdup(line + 12);
		} else if (file && file->git && !file->has_hunks &&
			   !strncmp(line, "rename to ", 10)) {
			free(file->new_path);
			file->new_path = cl_xstrdup(line + 10);
		} else if (file && file->git && !file->has_hunks &&
			   !strncmp(line, "new file mode ", 14)) {
			free(file->old_path);
			file->old_path = NULL;
			file->created = true;
		} else if (file && file->git && !file->has_hunks &&
			   !strncmp(line, "deleted file mode ", 18)) {
			free(file->new_path);
			file->new_path = NULL;
			file->deleted = true;
		} else if (file && file->git && !file->has_hunks &&
			   (!strncmp(line, "Binary files ", 13) ||
			    !strcmp(line, "GIT binary patch"))) {
			file->binary = true;
		} else if (!strncmp(line, "--- ", 4) && i + 1 < nlines &&
			   !strncmp(lines[i + 1], "+++ ", 4)) {
			char *old_path, *new_path;

			if (header_path(&r, line + 4, strlen(line + 4),
					&old_path))
				goto out;
			r.line++;
			if (header_path(&r, lines[i + 1] + 4,
					strlen(lines[i + 1] + 4), &new_path)) {
				free(old_path);
				goto out;
			}
			/* After "diff --git", these name the same file;
			 * without it, they start a file of their own. */
			if (!file || !file->git || file->has_hunks ||
			    file->has_headers) {
				file = add_file(&r, old_path, new_path,
						r.line - 1);
				if (file->old_path && file->new_path &&
				    !strncmp(file->old_path, "a/", 2) &&
				    !strncmp(file->new_path, "b/", 2)) {
					without_git_prefix(file->old_path, 'a');
					without_git_prefix(file->new_path, 'b');
				}
			} else {
				free(file->old_path);
				free(file->new_path);
				file->old_path = without_git_prefix(old_path,
								    'a');
				file->new_path = without_git_prefix(new_path,
								    'b');
			}
			file->created |= !file->old_path;
			file->deleted |= !file->new_path;
			file->has_headers = true;
			i++;
		} else if (!strncmp(line, "@@ ", 3) && file) {
			/* Before the first file, it is text (a commit
			 * message quoting a hunk); after a git header
			 * without ---/+++, a hunk of no known file. */
			if (!file->has_headers) {
				diff_error(&r, "a hunk before its file's '--- '/"
					   "'+++ ' header");
				goto out;
			}
			file->has_hunks = true;
			if (read_hunk(&r, file, lines, nlines, &i))
				goto out;
		}
	}
	for (i = 0; i < d->nfiles; i++) {
		struct cl_diff_file *f = &d->files[i];

		if (!f->old_path && !f->new_path) {
			r.line = f->diff_line;
			diff_error(&r, "cannot tell the file's path (quote "
				   "the paths or use 'git diff' headers)");
			goto out;
		}
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
		free(d->files[i].old_path);
		free(d->files[i].new_path);
		free(d->files[i].changes);
	}
	free(d->files);
	memset(d, 0, sizeof(*d));
}
