// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * libFuzzer target for the callers-list reader (tools/callers-list.c,
 * cl_parse): the bytes of a list file or of a callers section, as the tool
 * gets them.  It guards against two kinds of failure:
 *
 * - a crash, a leak or undefined behaviour in the reader on any input
 *   (ASan and UBSan, -fsanitize=fuzzer,address,undefined);
 * - a list accepted although it is not exactly what the plugin writes.
 *   The reader is strict (no alternative spelling, order or repetition of
 *   a record), so every list it accepts is the one serialisation of what it
 *   read.  The property checked, exactly: when cl_parse accepts INPUT,
 *   writing the lists it returned back in the format (as plugin/emit.c
 *   does: header, source, mode, output, then the digest, file, function,
 *   macro, macros and patch records in the order read, and version 4's
 *   end record) gives INPUT again, byte for byte.  A reader
 *   that ignored a field, a line or a byte, or accepted two spellings of
 *   one record, would break it.  This writer is the test's oracle, built
 *   only from what callers.h exposes and callers-format.h names; a new
 *   record or line of the format must be added here too.
 *
 * The input is handed over in a buffer of exactly its size, not
 * NUL-terminated (a section's bytes are not), so a read past it is caught.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "callers.h"

/* A growing buffer: what the lists serialise to. */
struct out {
	char *text;
	size_t len, alloc;
};

static void put(struct out *o, const char *s)
{
	size_t n = strlen(s);

	if (o->len + n + 1 > o->alloc) {
		o->alloc = (o->len + n + 1) * 2;
		o->text = cl_xrealloc(o->text, o->alloc);
	}
	memcpy(o->text + o->len, s, n + 1);
	o->len += n;
}

static void put_fields(struct out *o, const char *const *f, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		put(o, f[i]);
		put(o, i + 1 < n ? "\t" : "\n");
	}
}

/* LIST in the format, as the plugin writes it (docs/callers-format.md). */
static void serialise(struct out *o, const struct cl_list *list)
{
	char version[16], first[24], last[24];
	size_t start = o->len, lines;

	snprintf(version, sizeof(version), "%d", list->version);
	put_fields(o, (const char *[]){ LP_FORMAT_HEADER, version }, 2);
	put_fields(o, (const char *[]){ "source", list->source }, 2);
	put_fields(o, (const char *[]){ "mode", list->mode }, 2);
	if (list->output)
		put_fields(o, (const char *[]){ "output", list->output }, 2);
	for (size_t i = 0; i < list->ndigests; i++)
		put_fields(o, (const char *[]){ LP_FORMAT_DIGEST,
			   list->digests[i].path, list->digests[i].hex }, 3);
	for (size_t i = 0; i < list->nfiles; i++)
		put_fields(o, (const char *[]){ "file", list->files[i] }, 2);
	for (size_t i = 0; i < list->nfunctions; i++) {
		const struct cl_function *f = &list->functions[i];
		const char *status = f->emitted ? "emitted" : "removed";

		snprintf(first, sizeof(first), "%lu", f->first);
		snprintf(last, sizeof(last), "%lu", f->last);
		if (f->file)
			put_fields(o, (const char *[]){ "function", f->name,
				   status, f->file, first, last }, 6);
		else
			put_fields(o, (const char *[]){ "function", f->name,
				   status }, 3);
	}
	for (size_t i = 0; i < list->nmacros; i++) {
		const struct cl_macro *m = &list->macros[i];

		snprintf(first, sizeof(first), "%lu", m->first);
		snprintf(last, sizeof(last), "%lu", m->last);
		put_fields(o, (const char *[]){ LP_FORMAT_MACRO, m->function,
			   m->file, first, last, m->name }, 6);
	}
	if (list->macros_untracked)
		put_fields(o, (const char *[]){ LP_FORMAT_MACROS,
			   LP_FORMAT_MACROS_UNTRACKED }, 2);
	for (size_t i = 0; i < list->npatches; i++) {
		const struct cl_patch *p = &list->patches[i];

		put_fields(o, (const char *[]){ "patch", p->name, p->symbol,
			   lp_reason_name(p->why) }, 4);
	}
	if (list->version < 4)
		return;
	/* The end record counts the lines before it, the output aside. */
	lines = 0;
	for (size_t i = start; i < o->len; i++)
		lines += o->text[i] == '\n';
	snprintf(first, sizeof(first), "%zu", lines - !!list->output);
	put_fields(o, (const char *[]){ LP_FORMAT_END, first }, 2);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cl_set set = { NULL, 0, 0 };
	struct out o = { NULL, 0, 0 };
	char *copy = cl_xmalloc(size ? size : 1);

	memcpy(copy, data, size);
	if (cl_parse(&set, "fuzz", copy, size) == 0) {
		for (size_t i = 0; i < set.nlists; i++)
			serialise(&o, set.lists[i]);
		if (o.len != size || memcmp(o.text, data, size)) {
			fprintf(stderr, "fuzz-list: accepted a list that is not "
				"what the plugin writes for its records; "
				"written back:\n%.*s", (int)o.len, o.text);
			abort();
		}
	}
	cl_set_free(&set);
	free(o.text);
	free(copy);
	return 0;
}
