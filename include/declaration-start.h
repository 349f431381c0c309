/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Where a C function definition begins, read from its source lines: the
 * one rule shared by the plugin, which records each definition's first
 * line, and livepatch-callers --patch, which decides whether lines a diff
 * adds just above a definition (an attribute, a return type) belong to it.
 * If the two disagreed, a changed declaration line could fall outside
 * every function and out of the patch.
 *
 * GCC knows where a definition's name is, not where its declaration
 * specifiers start; kernel style puts the return type and attributes on
 * the lines above the name.  A line belongs to the declaration below it
 * unless it is blank or ends something else: a statement or declaration
 * (';'), a block ('{', '}'), a label (':'), a comment ('*' '/', or a line
 * that is a comment), a macro definition's line ('\') or a directive ('#').
 */
#ifndef LIVEPATCH_DECLARATION_START_H
#define LIVEPATCH_DECLARATION_START_H

#include <stddef.h>
#ifndef __cplusplus
#include <stdbool.h>
#endif

static inline bool lp_is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Does LINE (LEN bytes, no newline) continue the declaration below it? */
static inline bool lp_line_continues_declaration(const char *line,
						 size_t len)
{
	while (len && lp_is_blank(line[len - 1]))
		len--;
	while (len && lp_is_blank(*line)) {
		line++;
		len--;
	}
	if (!len || line[0] == '#' ||
	    (len >= 2 && line[0] == '/' && (line[1] == '/' || line[1] == '*')))
		return false;
	switch (line[len - 1]) {
	case ';':
	case '{':
	case '}':
	case ':':
	case '\\':
		return false;
	case '/':
		return !(len >= 2 && line[len - 2] == '*');
	default:
		return true;
	}
}

#endif /* LIVEPATCH_DECLARATION_START_H */
