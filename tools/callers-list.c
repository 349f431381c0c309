// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Strict parser of the callers list, format versions 1 to 4
 * (docs/callers-format.md).
 *
 * The lists decide which symbols a live patch replaces, so a list that is
 * not exactly what the plugin writes is refused rather than half-read: a
 * truncated file (no final newline, no source line, from version 4 no end
 * record counting the lines before it), another version, a record out of
 * order or repeated (the plugin sorts and deduplicates), a
 * patch for a function the list does not define, text that is not UTF-8 or
 * holds control characters.  Each refusal names the file and the line.  A
 * section of a linked binary holds several lists one after another; each
 * starts with its header line.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "callers.h"

/* "self, clone, ... or cold": the reasons a patch record may give. */
static const char *reason_list(void)
{
	static char text[256];
	size_t len = 0;

	if (text[0])
		return text;
	for (int r = LP_REASON_NONE + 1; r < LP_REASON_END; r++)
		len += snprintf(text + len, sizeof(text) - len, "%s%s",
				r == LP_REASON_NONE + 1 ? "" :
				r == LP_REASON_END - 1 ? " or " : ", ",
				lp_reason_name((enum lp_reason)r));
	return text;
}

/* Where the parser is, for messages. */
struct cursor {
	const char *origin;
	unsigned long line;
};

/* "ORIGIN:LINE: message" for the line the parser is at; returns -1. */
#define bad(at, ...) cl_error_at((at)->origin, (at)->line, __VA_ARGS__)

/*
 * LEN bytes of S, quoted for a message: at most 40 of them, so a huge line
 * of garbage gives a short message, and bytes that are not printable ASCII
 * as \xNN, so binary input cannot upset the terminal.
 */
static const char *quote(const char *s, size_t len)
{
	static char buf[40 * 4 + 8];
	char *p = buf;
	size_t i;

	*p++ = '\'';
	for (i = 0; i < len && i < 40; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\t') {
			p += sprintf(p, "\\t");
		} else if (c < 0x20 || c >= 0x7f || c == '\\' || c == '\'') {
			p += sprintf(p, "\\x%02x", c);
		} else {
			*p++ = (char)c;
		}
	}
	if (i < len)
		p += sprintf(p, "...");
	*p++ = '\'';
	*p = 0;
	return buf;
}

/* Length of the UTF-8 sequence at S (at most LEFT bytes), 0 if invalid:
 * overlong forms, surrogates and code points past U+10FFFF included. */
size_t cl_utf8_length(const unsigned char *s, size_t left)
{
	uint32_t cp;
	size_t n, i;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4, cp = s[0] & 0x07;
	else
		return 0;
	if (n > left)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
	    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return n;
}

/* The text of a line must be UTF-8 without control characters but TAB. */
static int check_text(const struct cursor *at, const char *line, size_t len)
{
	const unsigned char *s = (const unsigned char *)line;
	size_t i = 0, n;

	while (i < len) {
		if (s[i] == 0)
			return bad(at, "NUL byte at column %zu", i + 1);
		if ((s[i] < 0x20 && s[i] != '\t') || s[i] == 0x7f)
			return bad(at, "control character 0x%02x at column %zu",
				   s[i], i + 1);
		n = cl_utf8_length(s + i, len - i);
		if (!n)
			return bad(at, "invalid UTF-8 at column %zu", i + 1);
		i += n;
	}
	return 0;
}

/*
 * Split LINE (NUL-terminated, writable) at TABs into at most MAX fields;
 * returns the number of fields, MAX + 1 when there are more.
 */
static size_t split(char *line, char **fields, size_t max)
{
	size_t n = 0;
	char *tab;

	for (;;) {
		if (n == max)
			return max + 1;
		fields[n++] = line;
		tab = strchr(line, '\t');
		if (!tab)
			return n;
		*tab = 0;
		line = tab + 1;
	}
}

/* Byte order of two lines (without their newlines), as the plugin sorts. */
static int compare_lines(const char *a, size_t alen, const char *b,
			 size_t blen)
{
	int c = memcmp(a, b, alen < blen ? alen : blen);

	if (c)
		return c;
	return alen < blen ? -1 : alen > blen;
}

static void *grow(void *array, size_t *alloc, size_t count, size_t size)
{
	if (count < *alloc)
		return array;
	*alloc = *alloc ? *alloc * 2 : 16;
	return cl_xrealloc(array, *alloc * size);
}

static void add_list(struct cl_set *set, struct cl_list *list)
{
	set->lists = grow(set->lists, &set->alloc, set->nlists,
			  sizeof(*set->lists));
	set->lists[set->nlists++] = list;
}

void cl_list_free(struct cl_list *list)
{
	if (!list)
		return;
	free((char *)list->origin);
	free(list->text);
	free(list->storage);
	free(list->functions);
	free(list->patches);
	free(list->files);
	free(list->digests);
	free(list->macros);
	free(list);
}

/* LEN bytes of S as a decimal number from 1 up, without sign or leading
 * zero: 0 when it is one (in *VALUE), -1 when not. */
static int line_number_n(const char *s, size_t len, unsigned long *value)
{
	unsigned long v = 0;

	if (!len || len > 9 || s[0] == '0')
		return -1;
	for (size_t i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (unsigned long)(s[i] - '0');
	}
	*value = v;
	return 0;
}

static int line_number(const char *s, unsigned long *value)
{
	return line_number_n(s, strlen(s), value);
}

/* State of the list being read. */
struct parse {
	struct cursor at;
	struct cl_list *list;
	size_t falloc, palloc, filealloc, dalloc, macroalloc;
	const char *prev;	/* the previous record, for the order check */
	size_t prev_len;
	unsigned long lines;	/* lines so far, the output record aside */
	bool ended;		/* version 4: the end record was read */
};

/* 64 lowercase hexadecimal digits: a SHA-256 as sha256sum prints it. */
static bool is_sha256_hex(const char *s)
{
	size_t i;

	for (i = 0; s[i]; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return false;
	return i == 64;
}

/* Version 4's records of what the preprocessor read: digest, macro and
 * macros (include/callers-format.h); 1 when F[0] is none of them. */
static int source_record(struct parse *p, char **f, size_t n)
{
	struct cl_list *list = p->list;

	if (strcmp(f[0], LP_FORMAT_DIGEST) && strcmp(f[0], LP_FORMAT_MACRO) &&
	    strcmp(f[0], LP_FORMAT_MACROS))
		return 1;
	if (list->version < 4)
		return bad(&p->at, "a %s record in a version %d list", f[0],
			   list->version);
	if (!strcmp(f[0], LP_FORMAT_DIGEST)) {
		struct cl_digest *d;

		if (n != 3)
			return bad(&p->at, "a digest record has 3 TAB-separated "
				   "fields: digest, PATH, SHA256");
		if (!is_sha256_hex(f[2]))
			return bad(&p->at, "the digest of '%s' is not 64 "
				   "lowercase hexadecimal digits: %s", f[1],
				   quote(f[2], strlen(f[2])));
		if (list->ndigests &&
		    !strcmp(list->digests[list->ndigests - 1].path, f[1]))
			return bad(&p->at, "'%s' has a second digest", f[1]);
		list->digests = grow(list->digests, &p->dalloc, list->ndigests,
				     sizeof(*d));
		d = &list->digests[list->ndigests++];
		d->path = f[1];
		d->hex = f[2];
		return 0;
	}
	if (!strcmp(f[0], LP_FORMAT_MACROS)) {
		if (n != 2 || strcmp(f[1], LP_FORMAT_MACROS_UNTRACKED))
			return bad(&p->at, "expected 'macros<TAB>untracked'");
		list->macros_untracked = true;
		return 0;
	}
	{
		struct cl_macro *m;
		unsigned long first, last;

		if (n != 6)
			return bad(&p->at, "a macro record has 6 TAB-separated "
				   "fields: macro, NAME, PATH, FIRST, LAST, "
				   "MACRO");
		if (line_number(f[3], &first) || line_number(f[4], &last) ||
		    first > last)
			return bad(&p->at, "the lines of macro '%s' are not "
				   "FIRST<TAB>LAST with 0 < FIRST <= LAST: "
				   "%s, %s", f[5], quote(f[3], strlen(f[3])),
				   quote(f[4], strlen(f[4])));
		/* Function records sort before macro records. */
		if (!cl_find_function(list, f[1]))
			return bad(&p->at, "macro record for '%s', which has "
				   "no function record", f[1]);
		list->macros = grow(list->macros, &p->macroalloc, list->nmacros,
				    sizeof(*m));
		m = &list->macros[list->nmacros++];
		m->function = f[1];
		m->file = f[2];
		m->first = first;
		m->last = last;
		m->name = f[5];
		return 0;
	}
}

/* Whether LINE (LEN bytes) is meant as an end record: "end", or "end" and
 * a TAB, whatever follows. */
static bool is_end_record(const char *line, size_t len)
{
	size_t elen = strlen(LP_FORMAT_END);

	return len >= elen && !memcmp(line, LP_FORMAT_END, elen) &&
	       (len == elen || line[elen] == '\t');
}

/*
 * Version 4's end record, "end<TAB>COUNT": the last line, COUNT the lines
 * before it but the output record.  Nothing may follow it; a list cut at
 * a line boundary lacks it (parse_one) or ends in a line that is none.
 */
static int end_record(struct parse *p, const char *line, size_t len)
{
	size_t elen = strlen(LP_FORMAT_END);
	unsigned long count;

	if (len <= elen || memcmp(line, LP_FORMAT_END, elen) ||
	    line[elen] != '\t' ||
	    line_number_n(line + elen + 1, len - elen - 1, &count))
		return bad(&p->at, "expected '" LP_FORMAT_END "<TAB>COUNT', "
			   "found %s", quote(line, len));
	if (count != p->lines)
		return bad(&p->at, "the end record counts %lu lines, the list "
			   "has %lu before it (lines lost or added?)", count,
			   p->lines);
	p->ended = true;
	return 0;
}

static int record(struct parse *p, const char *raw, char *line, size_t len)
{
	struct cl_list *list = p->list;
	char *f[6];
	size_t n;
	int r;

	if (p->prev) {
		int c = compare_lines(p->prev, p->prev_len, raw, len);

		if (c == 0)
			return bad(&p->at, "record repeats the previous one");
		if (c > 0)
			return bad(&p->at, "record out of order (the list is sorted)");
	}
	p->prev = raw;
	p->prev_len = len;

	n = split(line, f, 6);
	for (size_t i = 0; i < n && i < 6; i++)
		if (!*f[i])
			return bad(&p->at, "empty field %zu", i + 1);
	r = source_record(p, f, n);
	if (r <= 0)
		return r;
	if (!strcmp(f[0], "file")) {
		if (list->version < 2)
			return bad(&p->at, "a file record in a version 1 list");
		if (n != 2)
			return bad(&p->at, "a file record has 2 TAB-separated "
				   "fields: file, PATH");
		list->files = grow(list->files, &p->filealloc, list->nfiles,
				   sizeof(*list->files));
		list->files[list->nfiles++] = f[1];
		return 0;
	}
	if (!strcmp(f[0], "function")) {
		struct cl_function *fn;
		unsigned long first = 0, last = 0;

		if (n != 3 && (list->version < 2 || n != 6))
			return bad(&p->at, "a function record has %s "
				   "TAB-separated fields: function, NAME, "
				   "emitted|removed%s",
				   list->version < 2 ? "3" : "3 or 6",
				   list->version < 2 ? "" :
				   "[, PATH, FIRST, LAST]");
		if (strcmp(f[2], "emitted") && strcmp(f[2], "removed"))
			return bad(&p->at, "function status %s is neither "
				   "'emitted' nor 'removed'",
				   quote(f[2], strlen(f[2])));
		if (n == 6 && (line_number(f[4], &first) ||
			       line_number(f[5], &last) || first > last))
			return bad(&p->at, "the lines of '%s' are not "
				   "FIRST<TAB>LAST with 0 < FIRST <= LAST: "
				   "%s, %s", f[1], quote(f[4], strlen(f[4])),
				   quote(f[5], strlen(f[5])));
		if (list->nfunctions &&
		    !strcmp(list->functions[list->nfunctions - 1].name, f[1]))
			return bad(&p->at, "function '%s' has a second record",
				   f[1]);
		list->functions = grow(list->functions, &p->falloc,
				       list->nfunctions, sizeof(*fn));
		fn = &list->functions[list->nfunctions++];
		fn->name = f[1];
		fn->emitted = !strcmp(f[2], "emitted");
		fn->file = n == 6 ? f[3] : NULL;
		fn->first = first;
		fn->last = last;
		return 0;
	}
	if (!strcmp(f[0], "patch")) {
		struct cl_patch *pt;
		size_t w;

		if (n != 4)
			return bad(&p->at, "a patch record has 4 TAB-separated "
				   "fields: patch, NAME, SYMBOL, WHY");
		for (w = LP_REASON_NONE + 1; w < LP_REASON_END; w++)
			if (!strcmp(f[3], lp_reason_name((enum lp_reason)w)))
				break;
		if (w == LP_REASON_END)
			return bad(&p->at, "unknown reason %s (expected %s)",
				   quote(f[3], strlen(f[3])), reason_list());
		/* Function records sort before patch records, so every
		 * function of the list is known by now. */
		if (!cl_find_function(list, f[1]))
			return bad(&p->at, "patch record for '%s', which has "
				   "no function record", f[1]);
		list->patches = grow(list->patches, &p->palloc, list->npatches,
				     sizeof(*pt));
		pt = &list->patches[list->npatches++];
		pt->name = f[1];
		pt->symbol = f[2];
		pt->why = (enum lp_reason)w;
		return 0;
	}
	return bad(&p->at, "unknown record %s (expected 'file', 'function', "
		   "'patch', or in version 4 'digest', 'macro', 'macros')",
		   quote(f[0], strlen(f[0])));
}

/* The header line: "livepatch-callers<TAB>VERSION". */
static int header(const struct cursor *at, const char *line, size_t len,
		  int *version)
{
	size_t hlen = strlen(LP_FORMAT_HEADER);
	unsigned long v;

	if (len <= hlen || memcmp(line, LP_FORMAT_HEADER, hlen) ||
	    line[hlen] != '\t')
		return bad(at, "expected the header '" LP_FORMAT_HEADER
			   "<TAB>VERSION', found %s", quote(line, len));
	if (len > hlen + 3 || line_number_n(line + hlen + 1,
					    len - hlen - 1, &v) ||
	    v < LP_FORMAT_OLDEST_VERSION || v > LP_FORMAT_VERSION)
		return bad(at, "unsupported format version %s (this tool "
			   "reads versions %d to %d)",
			   quote(line + hlen + 1, len - hlen - 1),
			   LP_FORMAT_OLDEST_VERSION, LP_FORMAT_VERSION);
	*version = (int)v;
	return 0;
}

/* "KEY<TAB>VALUE" with a non-empty VALUE and no further TAB. */
static const char *keyed(const struct cursor *at, char *line, size_t len,
			 const char *key, const char *what)
{
	size_t klen = strlen(key);

	if (len <= klen || memcmp(line, key, klen) || line[klen] != '\t') {
		bad(at, "expected '%s<TAB>%s', found %s", key, what,
		    quote(line, len));
		return NULL;
	}
	if (len == klen + 1) {
		bad(at, "empty %s", what);
		return NULL;
	}
	if (memchr(line + klen + 1, '\t', len - klen - 1)) {
		bad(at, "a TAB inside the %s", what);
		return NULL;
	}
	return line + klen + 1;
}

/*
 * Where the list starting at OFF ends: at the next line that starts like a
 * header (a final link concatenates lists), or at the end of DATA.
 */
static size_t list_end(const char *data, size_t off, size_t len)
{
	size_t hlen = strlen(LP_FORMAT_HEADER);
	const char *nl;

	while ((nl = memchr(data + off, '\n', len - off))) {
		off = (size_t)(nl - data) + 1;
		if (len - off > hlen && !memcmp(data + off, LP_FORMAT_HEADER, hlen) &&
		    data[off + hlen] == '\t')
			return off;
	}
	return len;
}

/* One list: DATA (LEN bytes) starts with its header line (or with what
 * should be one), and AT counts lines on from the lists before it. */
static int parse_one(struct cl_set *set, struct cursor *at, const char *data,
		     size_t len)
{
	struct parse p = { .at = *at };
	struct cl_list *list;
	/* Which line comes next: 0 header, 1 source, 2 mode, 3 the output
	 * or a record, 4 records. */
	int state = 0;
	size_t off = 0;

	list = cl_xmalloc(sizeof(*list));
	memset(list, 0, sizeof(*list));
	p.list = list;
	list->origin = cl_xstrdup(at->origin);
	/* Two copies: the bytes as they are, for --dump and comparisons,
	 * and one whose fields are cut in place by NULs. */
	list->text = cl_xmalloc(len + 1);
	memcpy(list->text, data, len);
	list->text[len] = 0;
	list->text_len = len;
	list->storage = cl_xmalloc(len + 1);
	memcpy(list->storage, data, len);
	list->storage[len] = 0;

	while (off < len) {
		const char *raw = data + off;
		const char *nl = memchr(raw, '\n', len - off);
		size_t llen = nl ? (size_t)(nl - raw) : len - off;
		char *line = list->storage + off;

		p.at.line++;
		/* Check the text before the newline, so binary garbage is
		 * reported as such and not as a missing newline. */
		if (check_text(&p.at, raw, llen))
			goto fail;
		if (!nl) {
			bad(&p.at, "the last line does not end in a newline "
			    "(truncated list?)");
			goto fail;
		}
		line[llen] = 0;
		if (p.ended) {
			bad(&p.at, "a line after the end record");
			goto fail;
		}
		switch (state) {
		case 0:
			if (header(&p.at, raw, llen, &list->version))
				goto fail;
			break;
		case 1:
			list->source = keyed(&p.at, line, llen, "source",
					     "PATH");
			if (!list->source)
				goto fail;
			break;
		case 2:
			list->mode = keyed(&p.at, line, llen, "mode", "MODE");
			if (!list->mode)
				goto fail;
			if (strcmp(list->mode, "inline-only-static") &&
			    strcmp(list->mode, "inline-clone")) {
				bad(&p.at, "unknown mode %s (expected "
				    "inline-only-static or inline-clone)",
				    quote(list->mode, strlen(list->mode)));
				goto fail;
			}
			break;
		case 3:
			/* Version 3: a list beside its object names it first. */
			if (list->version >= 3 && llen >= 7 &&
			    !memcmp(line, "output\t", 7)) {
				list->output = keyed(&p.at, line, llen,
						     "output", "PATH");
				if (!list->output)
					goto fail;
				state++;
				off += llen + 1;
				continue;
			}
			/* fall through */
		default:
			/* The end record sorts among no others: it is last. */
			if (list->version >= LP_FORMAT_END_VERSION &&
			    is_end_record(line, llen)) {
				if (end_record(&p, line, llen))
					goto fail;
			} else if (record(&p, raw, line, llen)) {
				goto fail;
			}
			break;
		}
		if (state < 4)
			state++;
		p.lines++;
		off += llen + 1;
	}
	if (state < 3) {
		p.at.line++;
		bad(&p.at, "the list ends before its %s line (truncated list?)",
		    state == 1 ? "source" : "mode");
		goto fail;
	}
	if (list->version >= LP_FORMAT_END_VERSION && !p.ended) {
		bad(&p.at, "the list ends without its '" LP_FORMAT_END
		    "<TAB>COUNT' record (truncated list?)");
		goto fail;
	}
	*at = p.at;
	add_list(set, list);
	return 0;

fail:
	cl_list_free(list);
	return -1;
}

size_t cl_header_length(const struct cl_list *list)
{
	const char *end = list->text;

	for (int i = 0; i < 3; i++)
		end = strchr(end, '\n') + 1;
	return (size_t)(end - list->text);
}

/*
 * The length of LIST's bytes up to its output record; *REST is where they
 * go on after it.  Without the record: the whole text, *REST at its end.
 */
static size_t without_output(const struct cl_list *list, const char **rest)
{
	size_t head = cl_header_length(list);

	*rest = list->text + list->text_len;
	if (!list->output)
		return list->text_len;
	*rest = strchr(list->text + head, '\n') + 1;
	return head;
}

bool cl_holds_list(const char *data, size_t len, const struct cl_list *list)
{
	const char *rest;
	size_t head = without_output(list, &rest);
	size_t tail = list->text_len - (size_t)(rest - list->text);
	size_t off = 0;

	/* Lists one after another, each starting with its header line. */
	while (off < len) {
		size_t end = list_end(data, off, len);

		if (end - off == head + tail &&
		    !memcmp(data + off, list->text, head) &&
		    !memcmp(data + off + head, rest, tail))
			return true;
		off = end;
	}
	return false;
}

/*
 * Lists of versions 1 to 3 are read (trees built by older plugins stay
 * usable), with one warning line for the whole run, printed after the
 * answer (a tree of old objects would otherwise give one per object):
 * they have no end record, so one cut at a line boundary cannot be told
 * from a whole one.
 */
static unsigned long old_lists;
static char *first_old_origin;

void cl_old_versions_warning(void)
{
	if (!old_lists)
		return;
	fprintf(stderr, "%s: warning: %lu list%s of format version 1 to 3 "
		"(the first: %s) %s no end record: truncation cannot be "
		"detected (rebuild for version %d)\n", cl_progname, old_lists,
		old_lists == 1 ? "" : "s", first_old_origin,
		old_lists == 1 ? "has" : "have", LP_FORMAT_END_VERSION);
}

static void old_version_warning(const struct cl_set *set, size_t first,
				const char *origin)
{
	for (size_t i = first; i < set->nlists; i++) {
		if (set->lists[i]->version >= LP_FORMAT_END_VERSION)
			continue;
		if (!old_lists++)
			first_old_origin = cl_xstrdup(origin);
	}
}

int cl_parse(struct cl_set *set, const char *origin, const char *data,
	     size_t len)
{
	struct cursor at = { origin, 0 };
	size_t first = set->nlists, off = 0, end;

	if (len == 0) {
		at.line = 1;
		return bad(&at, "empty: expected the header "
			   "'livepatch-callers<TAB>1'");
	}
	for (; off < len; off = end) {
		end = list_end(data, off, len);
		if (parse_one(set, &at, data + off, end - off)) {
			/* All or nothing. */
			while (set->nlists > first)
				cl_list_free(set->lists[--set->nlists]);
			return -1;
		}
	}
	old_version_warning(set, first, origin);
	return 0;
}

const struct cl_function *cl_find_function(const struct cl_list *list,
					   const char *name)
{
	size_t lo = 0, hi = list->nfunctions;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(list->functions[mid].name, name);

		if (c == 0)
			return &list->functions[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

size_t cl_find_patches(const struct cl_list *list, const char *name,
		       const struct cl_patch **first)
{
	size_t lo = 0, hi = list->npatches, end;

	/* The first record whose NAME is not below NAME. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(list->patches[mid].name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (end = lo; end < list->npatches; end++)
		if (strcmp(list->patches[end].name, name))
			break;
	*first = list->patches + lo;
	return end - lo;
}

void cl_set_free(struct cl_set *set)
{
	for (size_t i = 0; i < set->nlists; i++)
		cl_list_free(set->lists[i]);
	free(set->lists);
	set->lists = NULL;
	set->nlists = set->alloc = 0;
}
