// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * JSON output of livepatch-callers (--json of --function and --patch): a
 * name or path from a list or a diff may hold any byte, and the output
 * must stay valid JSON whatever it holds.  A leaf: the queries and --patch
 * both print through it, and it calls neither.
 */
#include <stdio.h>
#include <string.h>

#include "callers.h"

/* S as a JSON string: escaped, and bytes that are not UTF-8 (a path may
 * hold any) replaced by U+FFFD, so the output is always valid JSON. */
void cl_json_string(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t left = strlen(s), n;

	putchar('"');
	while (left) {
		switch (*p) {
		case '"': fputs("\\\"", stdout); n = 1; break;
		case '\\': fputs("\\\\", stdout); n = 1; break;
		case '\b': fputs("\\b", stdout); n = 1; break;
		case '\f': fputs("\\f", stdout); n = 1; break;
		case '\n': fputs("\\n", stdout); n = 1; break;
		case '\r': fputs("\\r", stdout); n = 1; break;
		case '\t': fputs("\\t", stdout); n = 1; break;
		default:
			if (*p < 0x20) {
				printf("\\u%04x", *p);
				n = 1;
			} else if ((n = cl_utf8_length(p, left))) {
				fwrite(p, 1, n, stdout);
			} else {
				fputs("\\ufffd", stdout);
				n = 1;
			}
		}
		p += n;
		left -= n;
	}
	putchar('"');
}
