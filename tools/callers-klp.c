// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * livepatch-callers --klp TARGET: turn the answer of --function into the
 * klp_func/klp_object table of a kernel live patch (struct klp_func in
 * <linux/livepatch.h>).  It guards against the two ways a hand-written
 * table goes wrong: a symbol left out (an inlined copy or a clone such as
 * foo.isra.0 keeps running the old code) and a name that occurs more
 * than once in the target resolved to the wrong copy or refused
 * (klp_find_object_symbol() wants old_sympos, the 1-based position among
 * the symbols of that name in kallsyms order: address order in vmlinux,
 * symbol table order in a module).  Which copy is the list's is decided
 * by the file symbol the linker keeps before each object's locals; when
 * that cannot tell them apart the tool fails rather than guess.  The
 * table is built in memory and printed only when every symbol resolved.
 *
 * Names and paths come from lists and file names anyone may write, and
 * the table is C the author compiles: every one is printed as a C string
 * literal with every byte that could end it or change its meaning escaped
 * (c_string), and in the comment only when it is made of characters that
 * cannot end a comment, else as such an escaped literal too.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "callers.h"

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

/*
 * S as a C string literal: '"' and '\\' escaped, '?' as "\?" (no "??/"
 * trigraph under -trigraphs or -std=c89), and every byte outside printable
 * ASCII, or a '/' next to a '*' (no comment begins or ends in it), as a
 * three-digit octal escape, which no
 * following digit can extend (C11 6.4.4.4).
 */
static void c_string(FILE *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	putc('"', out);
	for (; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(out, "\\%c", *p);
		else if (*p == '?')
			fputs("\\?", out);
		else if (*p < 0x20 || *p >= 0x7f ||
			 (*p == '/' && ((p > (const unsigned char *)s &&
					 p[-1] == '*') || p[1] == '*')))
			fprintf(out, "\\%03o", *p);
		else
			putc(*p, out);
	}
	putc('"', out);
}

/* S in a comment: as it is when it cannot end one or hold a trigraph,
 * else as an escaped string literal. */
static void comment_name(FILE *out, const char *s)
{
	if (*s && strspn(s, "abcdefghijklmnopqrstuvwxyz"
			 "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.$-") ==
	    strlen(s))
		fputs(s, out);
	else
		c_string(out, s);
}

/* The kallsyms order of two symbols of one name in TAB's kind of file. */
static const struct cl_symtab *order_tab;

static int compare_kallsyms(const void *pa, const void *pb)
{
	const struct cl_symbol *a = *(const struct cl_symbol *const *)pa;
	const struct cl_symbol *b = *(const struct cl_symbol *const *)pb;

	if (!order_tab->relocatable && a->value != b->value)
		return a->value < b->value ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

/* The module name the kernel gives TARGET ("foo-bar.ko" is foo_bar), or
 * NULL for vmlinux; an error for a relocatable file not named *.ko. */
static char *object_name(const char *target, const struct cl_symtab *tab,
			 bool *bad)
{
	const char *base = base_name(target);
	size_t len = strlen(base);
	char *name, *p;

	*bad = false;
	if (!tab->relocatable)
		return NULL;
	if (len <= 3 || strcmp(base + len - 3, ".ko")) {
		cl_error("%s: a relocatable file that is not a module (*.ko); "
			 "give the module or vmlinux", target);
		*bad = true;
		return NULL;
	}
	name = cl_xstrdup(base);
	name[len - 3] = 0;
	for (p = name; *p; p++)
		if (*p == '-')
			*p = '_';
	return name;
}

/* "livepatch_" and NAME with every byte that cannot be in a C identifier
 * replaced by '_' (foo.isra.0 gives livepatch_foo_isra_0), then "_N"
 * when the name needs old_sympos N. */
static char *new_func_name(const char *name, size_t sympos)
{
	char *id = sympos ? cl_xasprintf("livepatch_%s_%zu", name, sympos)
			  : cl_xasprintf("livepatch_%s", name);
	char *p;

	for (p = id; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9') || *p == '_'))
			*p = '_';
	return id;
}

/*
 * The old_sympos of SYM from SOURCE in TAB: 0 when the name is unique,
 * else its position among the namesakes; (size_t)-1 after a message.
 */
static size_t find_sympos(const char *target, const struct cl_symtab *tab,
			  const struct cl_klp_symbol *sym)
{
	const struct cl_symbol **same;
	size_t n = 0, i, pick = 0, locals = 0, globals = 0, global = 0;
	const char *file = base_name(sym->source);

	same = cl_xmalloc((tab->nsymbols + 1) * sizeof(*same));
	for (i = 0; i < tab->nsymbols; i++)
		if (!strcmp(tab->symbols[i].name, sym->symbol))
			same[n++] = &tab->symbols[i];
	if (n == 0) {
		cl_error("'%s' (%s) is not a symbol of %s: are the lists and "
			 "the target from the same build?", sym->symbol,
			 sym->source, target);
		free(same);
		return (size_t)-1;
	}
	if (n == 1) {
		free(same);
		return 0;
	}
	order_tab = tab;
	qsort(same, n, sizeof(*same), compare_kallsyms);
	for (i = 0; i < n; i++) {
		if (!same[i]->file) {
			globals++;
			global = i;
		} else if (!strcmp(same[i]->file, file)) {
			locals++;
			pick = i;
		}
	}
	/* A static of SOURCE's file; else the one global of that name. */
	if (locals == 0 && globals == 1) {
		locals = 1;
		pick = global;
	}
	if (locals != 1) {
		cl_error("%s has %zu symbols '%s' and %zu of them %s file "
			 "symbol '%s': cannot tell which one %s compiled",
			 target, n, sym->symbol, locals,
			 locals == 1 ? "follows the" : "follow a", file,
			 sym->source);
		free(same);
		return (size_t)-1;
	}
	free(same);
	return pick + 1;
}

/* The table's comment, naming what it patches, and its first line. */
static void print_header(FILE *out, const char *const *what, size_t nwhat,
			 const char *objname)
{
	fputs("/*\n"
	      " * Generated by livepatch-callers --klp from the callers "
	      "lists: what\n"
	      " * a live patch of ", out);
	for (size_t i = 0; i < nwhat; i++) {
		if (i)
			fputs(", ", out);
		comment_name(out, what[i]);
	}
	fputs(" must replace in ", out);
	comment_name(out, objname ? objname : "vmlinux");
	fputs(".\n"
	      " * Define each new_func before including this table.\n"
	      " */\n"
	      "static struct klp_func livepatch_funcs[] = {\n", out);
}

int cl_klp_print(const char *const *what, size_t nwhat, const char *target,
		 const struct cl_klp_symbol *syms, size_t n)
{
	struct cl_symtab tab;
	char *objname, *text = NULL, **ids;
	size_t textlen = 0, i, j;
	bool bad;
	FILE *out;
	int status = 0;

	if (n == 0) {
		cl_error("'%s'%s is in no symbol of the objects: no live patch "
			 "to build", what[0],
			 nwhat > 1 ? " (and the others)" : "");
		return 1;
	}
	if (cl_read_symbols(target, &tab))
		return 2;
	objname = object_name(target, &tab, &bad);
	if (bad) {
		cl_symtab_free(&tab);
		return 2;
	}
	out = open_memstream(&text, &textlen);
	if (!out) {
		cl_error("%s", strerror(errno));
		exit(2);
	}
	ids = cl_xmalloc(n * sizeof(*ids));
	print_header(out, what, nwhat, objname);
	for (i = 0; i < n; i++)
		ids[i] = NULL;
	/* The first symbol that cannot be placed ends it: one message. */
	for (i = 0; i < n && status == 0; i++) {
		size_t sympos = find_sympos(target, &tab, &syms[i]);

		if (sympos == (size_t)-1) {
			status = 1;
			break;
		}
		ids[i] = new_func_name(syms[i].symbol, sympos);
		for (j = 0; j < i; j++) {
			if (ids[j] && !strcmp(ids[j], ids[i])) {
				cl_error("'%s' and '%s' both give the "
					 "replacement name %s", syms[j].symbol,
					 syms[i].symbol, ids[i]);
				status = 1;
				break;
			}
		}
		fputs("\t{\n\t\t.old_name = ", out);
		c_string(out, syms[i].symbol);
		fprintf(out, ",\n\t\t.new_func = %s,\n", ids[i]);
		if (sympos)
			fprintf(out, "\t\t.old_sympos = %zu,\n", sympos);
		fputs("\t},\n", out);
	}
	fputs("\t{ }\n};\n\nstatic struct klp_object livepatch_objs[] = {\n"
	      "\t{\n", out);
	if (objname) {
		fputs("\t\t.name = ", out);
		c_string(out, objname);
		fputs(",\n", out);
	} else
		fputs("\t\t.name = NULL,\t/* vmlinux */\n", out);
	fputs("\t\t.funcs = livepatch_funcs,\n\t},\n\t{ }\n};\n", out);
	if (fclose(out)) {
		cl_error("%s", strerror(errno));
		exit(2);
	}
	if (status == 0)
		fwrite(text, 1, textlen, stdout);
	for (i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
	free(text);
	free(objname);
	cl_symtab_free(&tab);
	return status;
}
