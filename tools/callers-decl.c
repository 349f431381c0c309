// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The top-level declarations of a C source, from its text: what a change
 * outside every function that a callers list knows is a change of.  It
 * guards against the answer "N changes outside any function" for a fix
 * whose real content is a new initializer, a struct layout, a #define or a
 * prototype: each needs something else from a live-patch author (a shadow
 * variable, a callback, the callers of a new signature), and --patch names
 * it by its category (docs/patch.md).
 *
 * This is a reader of the text as written, not a compiler: it follows
 * comments, strings, character constants, preprocessor directives with
 * their continuation lines and brace depth, and cuts the file at the
 * semicolons and the closing braces of depth 0.  A declaration made by a
 * macro (DEFINE_MUTEX(m);) reads as an object defined by a macro; what it
 * cannot tell is "other", which --patch still reports.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "callers.h"

const char *cl_decl_kind_name(enum cl_decl_kind kind)
{
	static const char *const names[] = {
#define CL_DECL_NAME(id, name) name,
		CL_DECL_KINDS(CL_DECL_NAME)
#undef CL_DECL_NAME
	};

	return names[kind];
}

/* The scanner's state between characters. */
struct scan {
	struct cl_decl *decls;
	size_t n, alloc;
	struct cl_decl cur;
	bool open;		/* CUR has begun */
	int depth;		/* braces */
	int paren;		/* parentheses at brace depth 0 */
	bool in_comment;	/* inside a block comment */
	bool saw_paren, saw_eq, saw_brace;
	bool attr;		/* the next '(' opens an attribute's */
	int attr_paren;		/* its depth, while skipping it */
	int idents;		/* identifiers before the first '(' */
	bool pointer;		/* a '*' before the first '(' */
	bool tag;		/* begins with struct, union or enum */
	bool first_word;	/* no identifier read yet */
	char name[128];
};

static void push(struct scan *s, unsigned long last)
{
	struct cl_decl d = s->cur;

	d.last = last;
	if (s->tag && s->saw_brace && !s->saw_eq && !s->saw_paren)
		d.kind = CL_DECL_LAYOUT;
	else if (s->saw_eq)
		d.kind = CL_DECL_INITIALIZER;
	else if (s->saw_paren && s->saw_brace)
		d.kind = CL_DECL_FUNCTION;
	else if (s->saw_paren && (s->idents >= 2 || s->pointer))
		d.kind = CL_DECL_PROTOTYPE;
	else if (s->saw_paren && !strncmp(s->name, "EXPORT_", 7))
		d.kind = CL_DECL_OTHER;
	else if (s->saw_paren)
		d.kind = CL_DECL_INITIALIZER;	/* DEFINE_MUTEX(m); */
	else if (!s->saw_brace && s->idents >= 2)
		d.kind = CL_DECL_GLOBAL;
	else
		d.kind = CL_DECL_OTHER;
	d.name = cl_xstrdup(s->name[0] ? s->name : "-");
	if (s->n == s->alloc) {
		s->alloc = s->alloc ? 2 * s->alloc : 32;
		s->decls = cl_xreallocarray(s->decls, s->alloc,
					    sizeof(*s->decls));
	}
	s->decls[s->n++] = d;
	memset(&s->cur, 0, sizeof(s->cur));
	s->open = s->saw_paren = s->saw_eq = s->saw_brace = false;
	s->attr = s->tag = s->pointer = false;
	s->idents = s->attr_paren = 0;
	s->first_word = true;
	s->name[0] = 0;
}

static void begin(struct scan *s, unsigned long line)
{
	if (!s->open) {
		s->open = true;
		s->cur.first = line;
	}
}

/* An identifier WORD (LEN bytes) at depth 0. */
static void word(struct scan *s, const char *w, size_t len)
{
	bool is_tag = (len == 6 && (!strncmp(w, "struct", 6))) ||
		      (len == 5 && !strncmp(w, "union", 5)) ||
		      (len == 4 && !strncmp(w, "enum", 4));

	if (s->first_word && (is_tag || (len == 7 &&
					 !strncmp(w, "typedef", 7)))) {
		s->tag |= is_tag;
		s->first_word = !is_tag;
		return;
	}
	s->first_word = false;
	s->attr = false;
	if ((len == 6 && !strncmp(w, "__init", 6)) ||
	    (len == 6 && !strncmp(w, "__exit", 6)))
		s->cur.init = true;
	/* Kernel attribute macros (__aligned(8), __section(...)) and GCC's
	 * __attribute__ take arguments that are no parameter list. */
	if (len >= 2 && w[0] == '_' && w[1] == '_')
		s->attr = true;
	if (s->paren || s->saw_eq || s->saw_brace)
		return;
	if (!s->saw_paren)
		s->idents++;
	if (s->tag && !s->name[0])
		snprintf(s->name, sizeof(s->name), "%.*s", (int)len, w);
	else if (!s->saw_paren)
		snprintf(s->name, sizeof(s->name), "%.*s", (int)len, w);
}

/* A punctuation character C at LINE outside comments and strings. */
static void punct(struct scan *s, char c, unsigned long line)
{
	if (s->attr_paren) {
		s->attr_paren += c == '(' ? 1 : c == ')' ? -1 : 0;
		return;
	}
	if (c == '(' && s->attr && s->depth == 0 && !s->paren) {
		s->attr = false;
		s->attr_paren = 1;
		return;
	}
	s->attr = false;
	if (c == '{') {
		if (s->depth++ == 0 && !s->saw_eq) {
			s->saw_brace = true;
			s->cur.body = line;
		}
		return;
	}
	if (c == '}') {
		if (s->depth > 0 && --s->depth == 0 && s->open &&
		    s->saw_paren && !s->saw_eq)
			push(s, line);	/* a function's closing brace */
		return;
	}
	if (s->depth)
		return;
	if (c == '(' && !s->paren++ && !s->saw_paren && !s->saw_eq)
		s->saw_paren = true;
	else if (c == ')' && s->paren)
		s->paren--;
	else if (c == '=' && !s->paren)
		s->saw_eq = true;
	else if (c == '*' && !s->saw_paren)
		s->pointer = true;
	else if (c == ';' && !s->paren && s->open)
		push(s, line);
}

/* A directive at LINES[*I], with its continuation lines. */
static void directive(struct scan *s, char **lines, size_t n, size_t *i)
{
	const char *p = lines[*i] + strspn(lines[*i], " \t") + 1;
	struct cl_decl d = { .first = *i + 1 };
	size_t len;

	p += strspn(p, " \t");
	d.kind = strncmp(p, "define", 6) ? CL_DECL_DIRECTIVE : CL_DECL_MACRO;
	if (d.kind == CL_DECL_MACRO) {
		p += 6;
		p += strspn(p, " \t");
		len = strspn(p, "abcdefghijklmnopqrstuvwxyz"
			     "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
		d.name = cl_xasprintf("%.*s", (int)len, p);
	} else {
		d.name = cl_xasprintf("#%.*s", (int)strcspn(p, " \t("), p);
	}
	while (*i + 1 < n && (len = strlen(lines[*i])) &&
	       lines[*i][len - 1] == '\\')
		++*i;
	d.last = *i + 1;
	if (s->n == s->alloc) {
		s->alloc = s->alloc ? 2 * s->alloc : 32;
		s->decls = cl_xreallocarray(s->decls, s->alloc,
					    sizeof(*s->decls));
	}
	s->decls[s->n++] = d;
}

/* One line: its comments, strings and characters passed over. */
static void scan_line(struct scan *s, const char *p, unsigned long line)
{
	while (*p) {
		if (s->in_comment) {
			const char *end = strstr(p, "*/");

			if (!end)
				return;
			s->in_comment = false;
			p = end + 2;
		} else if (p[0] == '/' && p[1] == '*') {
			s->in_comment = true;
			p += 2;
		} else if (p[0] == '/' && p[1] == '/') {
			return;
		} else if (*p == '"' || *p == '\'') {
			char q = *p++;

			begin(s, line);
			while (*p && *p != q)
				p += p[0] == '\\' && p[1] ? 2 : 1;
			if (*p)
				p++;
		} else if (*p == '_' ||
			   ((*p | 32) >= 'a' && (*p | 32) <= 'z')) {
			size_t len = strspn(p, "abcdefghijklmnopqrstuvwxyz"
					    "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
					    "0123456789_");

			begin(s, line);
			if (!s->depth)
				word(s, p, len);
			p += len;
		} else if (*p == ' ' || *p == '\t') {
			p++;
		} else {
			if (s->open || (*p != ';' && *p != '}'))
				begin(s, line);
			punct(s, *p++, line);
		}
	}
}

size_t cl_scan_decls(char **lines, size_t n, struct cl_decl **out)
{
	struct scan s;

	memset(&s, 0, sizeof(s));
	s.first_word = true;
	for (size_t i = 0; i < n; i++) {
		const char *p = lines[i] + strspn(lines[i], " \t");

		if (!s.in_comment && *p == '#' && !s.depth && !s.open) {
			directive(&s, lines, n, &i);
			continue;
		}
		scan_line(&s, lines[i], i + 1);
	}
	if (s.open)
		push(&s, n);
	*out = s.decls;
	return s.n;
}

const struct cl_decl *cl_decl_at(const struct cl_decl *decls, size_t n,
				 unsigned long line)
{
	for (size_t i = 0; i < n; i++)
		if (decls[i].first <= line && line <= decls[i].last)
			return &decls[i];
	return NULL;
}

void cl_decls_free(struct cl_decl *decls, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(decls[i].name);
	free(decls);
}
