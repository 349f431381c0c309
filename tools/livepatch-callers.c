// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * livepatch-callers: answer "which symbols must a live patch of function F
 * replace?" from the callers lists the livepatch plugin writes
 * (docs/callers-format.md), wherever the build left them: .callers files,
 * the section .discard.livepatch.callers of objects and linked binaries,
 * archives of objects, and whole build trees.
 *
 *   livepatch-callers --function NAME... [--file SRC] [--why|--json] PATH...
 *   livepatch-callers --patch FIX.diff [-d DIR] [-p N] [--json] PATH...
 *   livepatch-callers (--function NAME... | --patch FIX.diff) --klp TARGET PATH...
 *   livepatch-callers --check PATH...
 *   livepatch-callers --dump PATH...
 *   livepatch-callers --side OBJECT
 *   livepatch-callers --records PATH...
 *   livepatch-callers --macro FILE:LINE[-LAST] PATH...
 *
 * In a build tree the object is authoritative over the foo.callers beside
 * it: ccache and icecream hand back only the object, so a side file can be
 * left over from an older build, never the other way round.  A list that
 * is not exactly what the plugin writes is refused (exit 2), because a
 * half-read list would silently leave symbols out of a patch.
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "callers.h"
#include "livepatch-version.h"

/* --- options ---------------------------------------------------------- */

enum action { NONE, FUNCTION, CHECK, DUMP, SIDE, PATCH, RECORDS, DEFINITIONS,
	      MACRO };

struct options {
	enum action action;
	const char **functions;	/* --function, repeatable */
	int nfunctions;
	const char *file;
	const char *patch;	/* --patch: the diff */
	const char *macro;	/* --macro FILE:LINES (callers-source.c) */
	const char *dir;	/* -d DIR: the sources --patch reads */
	int strip;		/* -p N: patch(1)'s strip, -1 default */
	bool json;
	bool why;
	const char *klp;	/* --klp TARGET: callers-klp.c prints */
	char **paths;
	int npaths;
};

static void usage(FILE *out)
{
	fprintf(out,
"Usage: livepatch-callers --function NAME... [--file SRC] [--why | --json] PATH...\n"
"       livepatch-callers --patch FIX.diff [-d DIR] [-p N] [--json] PATH...\n"
"       livepatch-callers (--function NAME... | --patch FIX.diff) --klp TARGET PATH...\n"
"       livepatch-callers --check PATH...\n"
"       livepatch-callers --dump PATH...\n"
"       livepatch-callers --side OBJECT\n"
"       livepatch-callers --records PATH...\n"
"       livepatch-callers --definitions PATH...\n"
"       livepatch-callers --macro FILE:LINE[-LAST] PATH...\n"
"\n"
"Read the callers lists of the livepatch GCC plugin (docs/callers-format.md)\n"
"from each PATH: a .callers file, an ELF object or linked binary (section\n"
LP_FORMAT_SECTION "), an ar archive (plain or thin), or a directory,\n"
"walked for *.o and *.callers; a foo.callers beside foo.o is ignored, the\n"
"object being authoritative.\n"
"\n"
"  --function NAME  print each symbol to patch when NAME changes, one a line,\n"
"                   sorted, over all lists that define NAME; repeat it for\n"
"                   several functions (the union)\n"
"  --file SRC       only lists whose source is SRC or ends in /SRC (static\n"
"                   functions of one name in several sources)\n"
"  --why            print SYMBOL<TAB>WHY<TAB>SOURCE lines instead\n"
"  --json           print {\"function\": NAME, \"symbols\": [{\"symbol\", \"why\",\n"
"                   \"source\", \"object\"}...]} instead\n"
"  --patch FIX.diff for a unified diff of the built tree's sources (git diff,\n"
"                   git format-patch, diff -u), print each function it changes\n"
"                   and each symbol to replace, per object:\n"
"                     function<TAB>OBJECT<TAB>NAME<TAB>FILE:FIRST-LAST\n"
"                     replace<TAB>OBJECT<TAB>SYMBOL<TAB>WHY<TAB>NAME\n"
"                     outside<TAB>OBJECT<TAB>FILE:LINE<TAB>removed|added|binary\n"
"                   (a change outside every function, which any code of\n"
"                   OBJECT may depend on), or instead of outside a category:\n"
"                     CATEGORY<TAB>OBJECT<TAB>FILE:LINE<TAB>CHANGE<TAB>NAME\n"
"                   (initializer, layout, global, macro, directive,\n"
"                   prototype, init, not-kept: docs/patch.md); --json for\n"
"                   the same as JSON.  Each hunk is placed by its text in\n"
"                   the sources, as patch(1) does (offset, fuzz 2)\n"
"  -d, --directory DIR  where the sources --patch reads are (default: .)\n"
"  -p, --strip N    drop N leading components of the diff's paths, as\n"
"                   patch -pN (default: git's a/ and b/)\n"
"  --klp TARGET     print the klp_func/klp_object table of a live patch of the\n"
"                   NAMEs, or of everything FIX.diff needs,\n"
"                   for TARGET (a module's .ko, or vmlinux): old_name of each\n"
"                   symbol, old_sympos where TARGET has several of that name\n"
"  --check          print each object that has code but no list, and each\n"
"                   side file that differs from its object's list; objects\n"
"                   assembled from .S/.s (no C functions) are only counted\n"
"  --dump           print the lists found, as they are stored\n"
"  --side           print OBJECT's list as the plugin writes it beside the\n"
"                   object: with the output record naming OBJECT's file\n"
"                   (what a wrapper writes after a remote compile)\n"
"  --records        print NAME<TAB>SYMBOL<TAB>WHY<TAB>SOURCE for every\n"
"                   patch record of every list, sorted: SYMBOL must be\n"
"                   patched when NAME changes\n"
"  --definitions    print function<TAB>NAME<TAB>FILE<TAB>FIRST<TAB>LAST<TAB>SOURCE\n"
"                   for every function record (FILE - and lines 0 where the\n"
"                   list does not say) and file<TAB>PATH<TAB>SOURCE for every\n"
"                   file each unit read, sorted\n"
"  --macro FILE:LINE[-LAST]  print OBJECT<TAB>FUNCTION<TAB>MACRO<TAB>FILE:FIRST-LAST\n"
"                   for every function that expanded a macro whose #define\n"
"                   meets those lines of FILE (as it is on disk, which must\n"
"                   have the digest the lists recorded), sorted\n"
"  -h, --help       print this help\n"
"  -V, --version    print the version\n"
"\n"
"Exit status: 0 done; 1 NAME defined in no list, --check found a problem,\n"
"or --dump found no list, or --klp could not place a symbol in TARGET;\n"
"2 usage error, unreadable or malformed input (reported as FILE:LINE:\n"
"message), or a --patch the lists cannot answer (a changed file no list\n"
"read, a hunk not found in the sources, a list of format version 1);\n"
"3 a complete --patch answer with changes the author must act on (data,\n"
"layout, macros, prototypes, __init: see the categories).\n");
}

static void usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "%s: ", cl_progname);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nTry '%s --help'.\n", cl_progname);
	exit(2);
}

/* The value of --OPT, given as "--OPT VALUE" or "--OPT=VALUE". */
static const char *option_value(char **argv, int *i, const char *opt)
{
	size_t len = strlen(opt);

	if (argv[*i][len] == '=')
		return argv[*i] + len + 1;
	if (!argv[*i + 1])
		usage_error("option '%s' needs a value", opt);
	return argv[++*i];
}

static bool is_option(const char *arg, const char *opt)
{
	size_t len = strlen(opt);

	return !strncmp(arg, opt, len) && (!arg[len] || arg[len] == '=');
}

/* -pN, -p N, --strip=N, --strip N: a count of leading path components. */
static int strip_value(char **argv, int *i)
{
	const char *v;
	char *end;
	long n;

	if (argv[*i][1] == 'p')
		v = argv[*i][2] ? argv[*i] + 2 : option_value(argv, i, "-p");
	else
		v = option_value(argv, i, "--strip");
	n = strtol(v, &end, 10);
	if (!*v || *end || n < 0 || n > 4096)
		usage_error("-p/--strip wants a count of path components, "
			    "not '%s'", v);
	return (int)n;
}

static void set_action(struct options *o, enum action a, const char *arg)
{
	if (o->action != NONE)
		usage_error("'%s': give only one of --function, --patch, "
			    "--check, --dump and --records", arg);
	o->action = a;
}

/* The options that do not go together, or are missing. */
static void check_options(const struct options *o)
{
	if (o->action == NONE)
		usage_error("%s", "give one of --function, --patch, --check, "
			    "--dump, --side, --records and --definitions");
	if (o->action != FUNCTION && (o->file || o->why))
		usage_error("%s", "--file and --why go with --function");
	if (o->action != FUNCTION && o->action != PATCH && o->klp)
		usage_error("%s", "--klp goes with --function or --patch");
	if (o->action != PATCH && (o->dir || o->strip >= 0))
		usage_error("%s", "-d/--directory and -p/--strip go with "
			    "--patch");
	if (o->action != FUNCTION && o->action != PATCH && o->json)
		usage_error("%s", "--json goes with --function or --patch");
	if (o->klp && (o->json || o->why))
		usage_error("%s", "give one of --why, --json and --klp");
	if (o->json && o->why)
		usage_error("%s", "give --why or --json, not both");
	if (o->npaths == 0)
		usage_error("%s", "no PATH given");
	if (o->action == SIDE && o->npaths != 1)
		usage_error("%s", "--side takes one OBJECT");
}

static void parse_options(int argc, char **argv, struct options *o)
{
	int i;

	memset(o, 0, sizeof(*o));
	o->strip = -1;
	o->paths = cl_xmalloc(sizeof(char *) * (size_t)argc);
	o->functions = cl_xmalloc(sizeof(char *) * (size_t)argc);
	for (i = 1; i < argc; i++) {
		const char *arg = argv[i];

		if (!strcmp(arg, "--")) {
			for (i++; i < argc; i++)
				o->paths[o->npaths++] = argv[i];
			break;
		}
		if (arg[0] != '-' || !arg[1]) {
			o->paths[o->npaths++] = argv[i];
		} else if (!strcmp(arg, "--help") || !strcmp(arg, "-h")) {
			usage(stdout);
			exit(0);
		} else if (!strcmp(arg, "--version") || !strcmp(arg, "-V")) {
			printf("livepatch-callers %s\n", LIVEPATCH_VERSION);
			exit(0);
		} else if (is_option(arg, "--function")) {
			if (o->action != FUNCTION)
				set_action(o, FUNCTION, arg);
			o->functions[o->nfunctions] =
				option_value(argv, &i, "--function");
			if (!*o->functions[o->nfunctions++])
				usage_error("%s", "empty function name");
		} else if (is_option(arg, "--patch")) {
			set_action(o, PATCH, arg);
			o->patch = option_value(argv, &i, "--patch");
			if (!*o->patch)
				usage_error("%s", "empty --patch");
		} else if (is_option(arg, "--directory") ||
			   !strcmp(arg, "-d")) {
			if (o->dir)
				usage_error("%s", "give -d/--directory once");
			o->dir = option_value(argv, &i, arg[1] == 'd' ?
					      "-d" : "--directory");
			if (!*o->dir)
				usage_error("%s", "empty -d/--directory");
		} else if (is_option(arg, "--strip") ||
			   !strncmp(arg, "-p", 2)) {
			o->strip = strip_value(argv, &i);
		} else if (is_option(arg, "--file")) {
			if (o->file)
				usage_error("%s", "give --file once");
			o->file = option_value(argv, &i, "--file");
			if (!*o->file)
				usage_error("%s", "empty --file");
		} else if (!strcmp(arg, "--json")) {
			o->json = true;
		} else if (is_option(arg, "--klp")) {
			if (o->klp)
				usage_error("%s", "give --klp once");
			o->klp = option_value(argv, &i, "--klp");
			if (!*o->klp)
				usage_error("%s", "empty --klp");
		} else if (!strcmp(arg, "--why")) {
			o->why = true;
		} else if (!strcmp(arg, "--check")) {
			set_action(o, CHECK, arg);
		} else if (!strcmp(arg, "--dump")) {
			set_action(o, DUMP, arg);
		} else if (!strcmp(arg, "--side")) {
			set_action(o, SIDE, arg);
		} else if (!strcmp(arg, "--records")) {
			set_action(o, RECORDS, arg);
		} else if (!strcmp(arg, "--definitions")) {
			set_action(o, DEFINITIONS, arg);
		} else if (is_option(arg, "--macro")) {
			set_action(o, MACRO, arg);
			o->macro = option_value(argv, &i, "--macro");
		} else {
			usage_error("unknown option '%s'", arg);
		}
	}
	check_options(o);
}

/* --- reading the inputs ----------------------------------------------- */

/* Sources named in the warning about a function defined in several; the
 * objects without a list and the clones named in a warning or hint. */
#define MAX_NAMED_SOURCES 5

struct state {
	struct cl_reader reader;	/* first: callbacks cast back */
	const struct options *opt;
	struct cl_set set;
	struct cl_patch_query patch;	/* --patch */
	bool malformed;			/* an input was refused: exit 2 */
	bool problem;			/* --check found something: exit 1 */
	size_t objects;			/* ELF files and members read */
	size_t missing;			/* of them, with code but no list */
	size_t assembler;		/* of them, assembled from .S: no list
					 * expected */
	const char *side;		/* the foo.callers beside this foo.o */
	/* the first objects without a list, named in the warning */
	char *missing_names[MAX_NAMED_SOURCES];
	size_t nmissing_names;
	/* --function NAME defined nowhere: clones NAME.* the lists have,
	 * and the function NAME (a clone's name) was made from */
	char *clones[MAX_NAMED_SOURCES];
	size_t nclones;
	char *clone_of;
	/* (device, inode) of the files read, open addressing */
	unsigned long long (*seen)[2];
	size_t nseen, seen_alloc;
};

static bool first_visit(struct cl_reader *r, unsigned long long dev,
			unsigned long long ino)
{
	struct state *s = (struct state *)r;
	size_t mask, i;

	if (2 * (s->nseen + 1) > s->seen_alloc) {
		unsigned long long (*old)[2] = s->seen;
		size_t old_alloc = s->seen_alloc;

		s->seen_alloc = old_alloc ? 2 * old_alloc : 1024;
		s->seen = cl_xmalloc(s->seen_alloc * sizeof(*s->seen));
		memset(s->seen, 0xff, s->seen_alloc * sizeof(*s->seen));
		s->nseen = 0;
		for (i = 0; i < old_alloc; i++)
			if (old[i][0] != ~0ULL || old[i][1] != ~0ULL)
				first_visit(r, old[i][0], old[i][1]);
		free(old);
	}
	mask = s->seen_alloc - 1;
	for (i = (size_t)((dev * 0x9e3779b97f4a7c15ULL) ^ ino) & mask;;
	     i = (i + 1) & mask) {
		if (s->seen[i][0] == dev && s->seen[i][1] == ino)
			return false;
		if (s->seen[i][0] == ~0ULL && s->seen[i][1] == ~0ULL)
			break;
	}
	s->seen[i][0] = dev;
	s->seen[i][1] = ino;
	s->nseen++;
	return true;
}

/* NAME is CLONE's base: CLONE is "NAME." and a suffix, as GCC names its
 * clones (foo.isra.0, foo.constprop.0, foo.part.0, foo.cold). */
static bool is_clone_of(const char *clone, const char *name)
{
	size_t len = strlen(name);

	return !strncmp(clone, name, len) && clone[len] == '.' &&
	       clone[len + 1];
}

/* Note, for a hint, the clones of the --function names in LIST, and the
 * functions a --function name that looks like a clone comes from. */
static void note_clones(struct state *s, const struct cl_list *list,
			const char *function)
{
	for (size_t i = 0; i < list->npatches; i++) {
		const char *sym = list->patches[i].symbol;
		size_t k;

		if (!is_clone_of(sym, function))
			continue;
		for (k = 0; k < s->nclones; k++)
			if (!strcmp(s->clones[k], sym))
				break;
		if (k == s->nclones && k < MAX_NAMED_SOURCES)
			s->clones[s->nclones++] = cl_xstrdup(sym);
	}
	if (!s->clone_of && strchr(function, '.')) {
		char *base = cl_xasprintf("%.*s",
					  (int)strcspn(function, "."),
					  function);

		if (*base && cl_find_function(list, base))
			s->clone_of = base;
		else
			free(base);
	}
}

/* Does LIST define one of the --function names? */
static bool defines_any(struct state *s, const struct cl_list *list)
{
	bool any = false;

	for (int k = 0; k < s->opt->nfunctions; k++) {
		if (cl_find_function(list, s->opt->functions[k]))
			any = true;
		else
			note_clones(s, list, s->opt->functions[k]);
	}
	return any;
}

/*
 * Keep what the action needs: --check only validates, and a query keeps
 * only the lists that define the function, so a whole kernel tree does not
 * have to fit in memory at once.
 */
static void keep_needed(struct state *s, size_t from)
{
	size_t i, kept = from;

	for (i = from; i < s->set.nlists; i++) {
		struct cl_list *list = s->set.lists[i];
		bool keep = s->opt->action == DUMP ||
			    s->opt->action == SIDE ||
			    s->opt->action == RECORDS ||
			    s->opt->action == DEFINITIONS ||
			    s->opt->action == MACRO ||
			    (s->opt->action == FUNCTION &&
			     defines_any(s, list)) ||
			    (s->opt->action == PATCH &&
			     cl_patch_needs_list(&s->patch, list));

		if (keep) {
			s->set.lists[kept++] = list;
		} else {
			cl_list_free(list);
		}
	}
	s->set.nlists = kept;
}

static int parse_text(struct state *s, const char *label, const char *data,
		      size_t len)
{
	size_t from = s->set.nlists;

	if (cl_parse(&s->set, label, data, len)) {
		s->malformed = true;
		return 0;
	}
	keep_needed(s, from);
	return 0;
}

/* The callers sections of a list's output, read to compare. */
struct output_reader {
	struct cl_reader reader;	/* first: callbacks cast back */
	char *data;
	size_t len;
	bool elf;		/* an ELF file, not an assembly file */
};

static int output_object(struct cl_reader *r, const char *label,
			 const struct cl_elf *elf)
{
	struct output_reader *o = (struct output_reader *)r;

	(void)label;
	o->elf = true;
	o->data = cl_xrealloc(o->data, o->len + elf->len + 1);
	memcpy(o->data + o->len, elf->data, elf->len);
	o->len += elf->len;
	return 0;
}

static int output_text(struct cl_reader *r, const char *label,
		       const char *data, size_t len)
{
	/* An assembly file (-S): it exists, which is all it can tell. */
	(void)r, (void)label, (void)data, (void)len;
	return 0;
}

static bool output_first_visit(struct cl_reader *r, unsigned long long dev,
			       unsigned long long ino)
{
	(void)r, (void)dev, (void)ino;
	return true;
}

/*
 * A list file that names its output (format version 3: the list GCC wrote
 * beside the object) counts only while that output exists and carries the
 * same list.  cc1 writes the file before the assembler runs and cannot see
 * it fail, so a full disk for the object or a killed driver leaves the
 * list beside no object; a ccache hit later puts an object beside it that
 * it does not describe.  Either way it is refused, never read as if it
 * were true.  The output is named relative to the list's directory.
 */
static int check_output(const char *label, const struct cl_list *list)
{
	struct output_reader o = {
		{ output_object, output_text, output_first_visit }, NULL, 0,
		false
	};
	struct stat st;
	char *dir, *path;
	int rc = 0;

	/* A member of an ordinary archive has no directory of its own. */
	if (!list->output || stat(label, &st) || !S_ISREG(st.st_mode))
		return 0;
	dir = cl_dir_of(label);
	path = list->output[0] == '/' ? cl_xstrdup(list->output) :
	       cl_xasprintf("%s%s", dir, list->output);
	if (stat(path, &st) || !S_ISREG(st.st_mode)) {
		fprintf(stderr, "%s: its output %s does not exist: the compile "
			"that wrote this list did not finish (did the "
			"assembler fail?) or the output was removed; not "
			"read\n", label, path);
		rc = -1;
	} else if (cl_read_input(&o.reader, path)) {
		fprintf(stderr, "%s: its output %s cannot be read; not read\n",
			label, path);
		rc = -1;
	} else if (o.elf && !cl_holds_list(o.data, o.len, list)) {
		fprintf(stderr, "%s: not the list inside its output %s (left "
			"from an earlier build?); query %s instead\n", label,
			path, path);
		rc = -1;
	}
	free(o.data);
	free(path);
	free(dir);
	return rc;
}

/* A list file, or a member of an archive that holds one. */
static int on_text(struct cl_reader *r, const char *label, const char *data,
		   size_t len)
{
	struct state *s = (struct state *)r;
	size_t from = s->set.nlists, i;

	if (cl_parse(&s->set, label, data, len)) {
		s->malformed = true;
		return 0;
	}
	for (i = from; i < s->set.nlists; i++)
		if (check_output(label, s->set.lists[i]))
			break;
	if (i < s->set.nlists) {
		while (s->set.nlists > from)
			cl_list_free(s->set.lists[--s->set.nlists]);
		s->malformed = true;
		return 0;
	}
	keep_needed(s, from);
	return 0;
}

static int on_object(struct cl_reader *r, const char *label,
		     const struct cl_elf *elf)
{
	struct state *s = (struct state *)r;

	s->objects++;
	if (!elf->has_list) {
		if (!elf->has_code)
			return 0;
		/* Assembler code has no C function to list: not missing. */
		if (elf->from_assembler) {
			s->assembler++;
			return 0;
		}
		s->missing++;
		if (s->nmissing_names < MAX_NAMED_SOURCES)
			s->missing_names[s->nmissing_names++] =
				cl_xstrdup(label);
		if (s->opt->action == CHECK) {
			printf("%s\n", label);
			s->problem = true;
			if (s->side)
				fprintf(stderr, "%s: no callers list, but %s "
					"exists beside it: left from an "
					"earlier build?\n", label, s->side);
		}
		return 0;
	}
	if (s->opt->action == CHECK && s->side) {
		struct cl_set side_set = { NULL, 0, 0 };
		size_t len;
		char *side = cl_read_file(s->side, &len);

		if (!side || cl_parse(&side_set, s->side, side, len)) {
			s->malformed = true;
		} else if (side_set.nlists != 1 ||
			   !cl_holds_list(elf->data, elf->len,
					  side_set.lists[0])) {
			printf("%s\n", s->side);
			fprintf(stderr, "%s: differs from the list in %s "
				"(the object is authoritative)\n", s->side,
				label);
			s->problem = true;
		}
		cl_set_free(&side_set);
		free(side);
	}
	return parse_text(s, label, elf->data, elf->len);
}

static bool has_suffix(const char *s, const char *suffix)
{
	size_t ls = strlen(s), lx = strlen(suffix);

	return ls > lx && !strcmp(s + ls - lx, suffix);
}

static bool is_regular(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISREG(st.st_mode);
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void read_path(struct state *s, const char *path);

/* Every *.o and *.callers under DIR, in name order (stable output);
 * symbolic links to directories are not followed (no cycles). */
static void walk(struct state *s, const char *dir)
{
	char **names = NULL;
	size_t n = 0, alloc = 0, i;
	struct dirent *d;
	DIR *dp = opendir(dir);

	if (!dp) {
		cl_error("%s: %s", dir, strerror(errno));
		s->malformed = true;
		return;
	}
	/* Read the names first: a deep tree must not hold a DIR per level. */
	while ((errno = 0, d = readdir(dp))) {
		if (!strcmp(d->d_name, ".") || !strcmp(d->d_name, ".."))
			continue;
		if (n == alloc) {
			alloc = alloc ? 2 * alloc : 64;
			names = cl_xrealloc(names, alloc * sizeof(*names));
		}
		names[n++] = cl_xstrdup(d->d_name);
	}
	if (errno) {
		cl_error("%s: %s", dir, strerror(errno));
		s->malformed = true;
	}
	closedir(dp);
	qsort(names, n, sizeof(*names), compare_names);

	for (i = 0; i < n; i++) {
		const char *sep = has_suffix(dir, "/") ? "" : "/";
		char *path = cl_xasprintf("%s%s%s", dir, sep, names[i]);
		struct stat st;

		if (lstat(path, &st)) {
			cl_error("%s: %s", path, strerror(errno));
			s->malformed = true;
		} else if (S_ISDIR(st.st_mode)) {
			walk(s, path);
		} else if (!is_regular(path)) {
			/* a dangling link, a socket, a link to a directory */
		} else if (has_suffix(names[i], ".o")) {
			char *side = cl_xasprintf("%.*s.callers",
						  (int)(strlen(path) - 2), path);

			s->side = is_regular(side) ? side : NULL;
			if (cl_read_input(&s->reader, path))
				s->malformed = true;
			s->side = NULL;
			free(side);
		} else if (has_suffix(names[i], ".callers")) {
			char *object = cl_xasprintf("%.*s.o",
				(int)(strlen(path) - strlen(".callers")), path);

			/* The object beside it holds the list that counts. */
			if (!is_regular(object) && cl_read_input(&s->reader, path))
				s->malformed = true;
			free(object);
		}
		free(path);
		free(names[i]);
	}
	free(names);
}

static void read_path(struct state *s, const char *path)
{
	struct stat st;

	if (stat(path, &st)) {
		cl_error("%s: %s", path, strerror(errno));
		s->malformed = true;
	} else if (S_ISDIR(st.st_mode)) {
		walk(s, path);
	} else if (cl_read_input(&s->reader, path)) {
		s->malformed = true;
	}
}

/* --- --function ----------------------------------------------------- */


/* SOURCE is SRC, or ends in "/SRC" (a leading "./" ignored in both). */
static bool source_matches(const char *source, const char *src)
{
	size_t ls, lw;

	while (!strncmp(source, "./", 2))
		source += 2;
	while (!strncmp(src, "./", 2))
		src += 2;
	if (!strcmp(source, src))
		return true;
	ls = strlen(source);
	lw = strlen(src);
	return lw < ls && source[ls - lw - 1] == '/' &&
	       !strcmp(source + ls - lw, src);
}

struct answer {
	const char *symbol;
	const char *why;
	const char *source;
	const char *object;
};

static int compare_answers(const void *pa, const void *pb)
{
	const struct answer *a = pa, *b = pb;
	int c = strcmp(a->symbol, b->symbol);

	if (!c)
		c = strcmp(a->why, b->why);
	if (!c)
		c = strcmp(a->source, b->source);
	if (!c)
		c = strcmp(a->object, b->object);
	return c;
}

/* The answers of every list (of --file's source) for FUNCTION, appended
 * to *ANSWERS; SOURCES gets each list's source once.  Returns the number
 * of lists that define FUNCTION. */
static size_t collect_answers(const struct state *s, const char *function,
			      struct answer **answers, size_t *n,
			      size_t *alloc, const char **sources,
			      size_t *nsources)
{
	const struct options *o = s->opt;
	size_t nlists = 0, i, j;

	for (i = 0; i < s->set.nlists; i++) {
		const struct cl_list *list = s->set.lists[i];
		const struct cl_patch *p;
		size_t np;

		if (o->file && !source_matches(list->source, o->file))
			continue;
		if (!cl_find_function(list, function))
			continue;
		nlists++;
		for (j = 0; j < *nsources; j++)
			if (!strcmp(sources[j], list->source))
				break;
		if (j == *nsources)
			sources[(*nsources)++] = list->source;
		np = cl_find_patches(list, function, &p);
		for (j = 0; j < np; j++) {
			if (*n == *alloc) {
				*alloc = *alloc ? 2 * *alloc : 64;
				*answers = cl_xreallocarray(*answers, *alloc,
							    sizeof(**answers));
			}
			(*answers)[(*n)++] = (struct answer){
				p[j].symbol, lp_reason_name(p[j].why),
				list->source, list->origin };
		}
	}
	return nlists;
}

/* FUNCTION is defined in no list: say so, and name the clones of that
 * name the lists have, or the function a clone's name comes from. */
static void not_defined(const struct state *s, const char *function)
{
	const struct options *o = s->opt;

	if (o->file)
		cl_error("'%s' is not defined in any list whose source is %s",
			 function, o->file);
	else
		cl_error("'%s' is not defined in any list", function);
	if (s->nclones) {
		fprintf(stderr, "%s: hint: the lists have clones of that name "
			"(", cl_progname);
		for (size_t i = 0; i < s->nclones; i++)
			fprintf(stderr, "%s%s", i ? ", " : "", s->clones[i]);
		fprintf(stderr, "%s): a clone is patched with the function "
			"it was made from; ask for that one\n",
			s->nclones == MAX_NAMED_SOURCES ? ", ..." : "");
	}
	if (s->clone_of)
		fprintf(stderr, "%s: hint: '%s' is a clone GCC made of '%s': "
			"ask for --function %s\n", cl_progname, function,
			s->clone_of, s->clone_of);
}

/* Print the warning that the answer may miss objects without a list. */
static void warn_missing(const struct state *s)
{
	if (!s->missing)
		return;
	fprintf(stderr, "%s: warning: %zu object%s with code but no callers "
		"list (built without the plugin?): the answer may be "
		"incomplete:", cl_progname, s->missing,
		s->missing == 1 ? "" : "s");
	for (size_t i = 0; i < s->nmissing_names; i++)
		fprintf(stderr, " %s", s->missing_names[i]);
	if (s->missing > s->nmissing_names)
		fprintf(stderr, " and %zu more (see --check)",
			s->missing - s->nmissing_names);
	fputc('\n', stderr);
}

static void warn_sources(const char *function, const char **sources,
			 size_t nsources)
{
	fprintf(stderr, "%s: '%s' is defined in %zu sources; printing the "
		"symbols of all (choose one with --file):", cl_progname,
		function, nsources);
	qsort(sources, nsources, sizeof(*sources), compare_names);
	/* A header's static inline function is defined in every source
	 * that uses it, thousands in a kernel: name a few, so the warning
	 * stays one readable line. */
	for (size_t j = 0; j < nsources && j < MAX_NAMED_SOURCES; j++)
		fprintf(stderr, " %s", sources[j]);
	if (nsources > MAX_NAMED_SOURCES)
		fprintf(stderr, " and %zu more", nsources - MAX_NAMED_SOURCES);
	fputc('\n', stderr);
}

static void print_json_answers(const struct options *o,
			       const struct answer *answers, size_t n)
{
	fputs("{\"function\": ", stdout);
	cl_json_string(o->functions[0]);
	if (o->nfunctions > 1) {
		fputs(", \"functions\": [", stdout);
		for (int k = 0; k < o->nfunctions; k++) {
			fputs(k ? ", " : "", stdout);
			cl_json_string(o->functions[k]);
		}
		putchar(']');
	}
	fputs(", \"symbols\": [", stdout);
	for (size_t i = 0; i < n; i++) {
		fputs(i ? ",\n  " : "\n  ", stdout);
		fputs("{\"symbol\": ", stdout);
		cl_json_string(answers[i].symbol);
		fputs(", \"why\": ", stdout);
		cl_json_string(answers[i].why);
		fputs(", \"source\": ", stdout);
		cl_json_string(answers[i].source);
		fputs(", \"object\": ", stdout);
		cl_json_string(answers[i].object);
		putchar('}');
	}
	fputs(n ? "\n]}\n" : "]}\n", stdout);
}

static int print_klp(const struct options *o, const struct answer *answers,
		     size_t n)
{
	struct cl_klp_symbol *syms = cl_xmalloc((n + 1) * sizeof(*syms));
	int status;

	for (size_t i = 0; i < n; i++)
		syms[i] = (struct cl_klp_symbol){ answers[i].symbol,
						  answers[i].source };
	status = cl_klp_print(o->functions, (size_t)o->nfunctions, o->klp,
			      syms, n);
	free(syms);
	return status;
}

static int query(struct state *s)
{
	const struct options *o = s->opt;
	struct answer *answers = NULL;
	size_t nanswers = 0, alloc = 0, i, j;
	const char **sources;
	int status = 0;

	sources = cl_xmalloc((s->set.nlists + 1) * sizeof(*sources));
	warn_missing(s);
	for (int k = 0; k < o->nfunctions; k++) {
		size_t nsources = 0;

		if (!collect_answers(s, o->functions[k], &answers, &nanswers,
				     &alloc, sources, &nsources)) {
			not_defined(s, o->functions[k]);
			status = 1;
		} else if (nsources > 1 && !o->file) {
			warn_sources(o->functions[k], sources, nsources);
		}
	}
	free(sources);
	if (status) {
		free(answers);
		return status;
	}

	/* Plain output merges over whys, sources and objects; --why over
	 * objects; --klp over whys and objects (a symbol of one source is
	 * one klp_func); --json keeps every distinct line. */
	for (i = 0; i < nanswers; i++) {
		if (!o->json)
			answers[i].object = "";
		if (o->klp)
			answers[i].why = "";
		else if (!o->json && !o->why)
			answers[i].why = answers[i].source = "";
	}
	qsort(answers, nanswers, sizeof(*answers), compare_answers);
	for (i = j = 0; i < nanswers; i++)
		if (!j || compare_answers(&answers[j - 1], &answers[i]))
			answers[j++] = answers[i];
	nanswers = j;

	if (o->klp) {
		status = print_klp(o, answers, nanswers);
		free(answers);
		return status;
	}
	if (o->json) {
		print_json_answers(o, answers, nanswers);
	} else {
		for (i = 0; i < nanswers; i++) {
			if (o->why)
				printf("%s\t%s\t%s\n", answers[i].symbol,
				       answers[i].why, answers[i].source);
			else
				printf("%s\n", answers[i].symbol);
		}
	}
	if (nanswers == 0)
		cl_error("'%s'%s is in no symbol of the objects (removed as "
			 "unused): nothing to patch", o->functions[0],
			 o->nfunctions > 1 ? " (and the others)" : "");
	free(answers);
	return 0;
}

/* --- --definitions ---------------------------------------------------- */

/* Where every function is defined, and what every unit read, as lines. */
static void print_definitions(const struct state *s)
{
	char **lines = NULL;
	size_t n = 0, alloc = 0, i, j;

	for (i = 0; i < s->set.nlists; i++) {
		const struct cl_list *list = s->set.lists[i];
		size_t more = list->nfunctions + list->nfiles;

		if (n + more >= alloc) {
			alloc = 2 * (n + more) + 16;
			lines = cl_xreallocarray(lines, alloc, sizeof(*lines));
		}
		for (j = 0; j < list->nfunctions; j++) {
			const struct cl_function *f = &list->functions[j];

			lines[n++] = cl_xasprintf("function\t%s\t%s\t%lu\t%lu\t%s",
						  f->name,
						  f->file ? f->file : "-",
						  f->first, f->last,
						  list->source);
		}
		for (j = 0; j < list->nfiles; j++)
			lines[n++] = cl_xasprintf("file\t%s\t%s", list->files[j],
						  list->source);
	}
	qsort(lines, n, sizeof(*lines), compare_names);
	for (i = 0; i < n; i++)
		if (!i || strcmp(lines[i - 1], lines[i]))
			printf("%s\n", lines[i]);
	for (i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}

/* --- --records -------------------------------------------------------- */

struct record {
	const char *name;
	const struct answer *a;
};

static int compare_records(const void *pa, const void *pb)
{
	const struct record *a = pa, *b = pb;
	int c = strcmp(a->name, b->name);

	return c ? c : compare_answers(a->a, b->a);
}

/* Every patch record of every list, for tools that need all relations
 * (the verifier's placement rule, the clone cross-check) without parsing
 * the format themselves. */
static void print_records(const struct state *s)
{
	struct answer *answers;
	struct record *records;
	size_t n = 0, i, j, k;

	for (i = 0; i < s->set.nlists; i++)
		n += s->set.lists[i]->npatches;
	answers = cl_xreallocarray(NULL, n, sizeof(*answers));
	records = cl_xreallocarray(NULL, n, sizeof(*records));
	for (i = k = 0; i < s->set.nlists; i++) {
		const struct cl_list *list = s->set.lists[i];

		for (j = 0; j < list->npatches; j++, k++) {
			answers[k] = (struct answer){
				list->patches[j].symbol,
				lp_reason_name(list->patches[j].why),
				list->source, "" };
			records[k] = (struct record){
				list->patches[j].name, &answers[k] };
		}
	}
	qsort(records, n, sizeof(*records), compare_records);
	for (i = 0; i < n; i++)
		if (!i || compare_records(&records[i - 1], &records[i]))
			printf("%s\t%s\t%s\t%s\n", records[i].name,
			       records[i].a->symbol, records[i].a->why,
			       records[i].a->source);
	free(records);
	free(answers);
}

/*
 * --side: OBJECT's one list with the output record (format version 3)
 * naming OBJECT's file, as the plugin writes the list beside it.  Exit 1
 * when OBJECT has no list, 2 when it is not one object's.
 */
static int print_side(const struct state *s, const char *object)
{
	const struct cl_list *list;
	const char *base = strrchr(object, '/');
	size_t head;

	if (s->set.nlists == 0) {
		cl_error("no callers list in %s", object);
		return 1;
	}
	list = s->set.lists[0];
	if (s->set.nlists > 1 || s->objects != 1 || list->output) {
		cl_error("%s: not one object's list (%zu lists)", object,
			 s->set.nlists);
		return 2;
	}
	base = base ? base + 1 : object;
	if (lp_format_field_problem(base, strlen(base))) {
		cl_error("%s: a name the list cannot hold as its output", object);
		return 2;
	}
	head = cl_header_length(list);
	fwrite(list->text, 1, head, stdout);
	printf("output\t%s\n", base);
	fwrite(list->text + head, 1, list->text_len - head, stdout);
	return 0;
}

/* --patch: the diff, parsed; -1 after a message. */
static int read_diff(struct cl_patch_query *q, const struct options *opt)
{
	size_t len;
	struct stat st;
	char *diff;

	/* util.c's reader names only the file: say who speaks */
	if (stat(opt->patch, &st)) {
		cl_error("%s: %s", opt->patch, strerror(errno));
		return -1;
	}
	diff = cl_read_file(opt->patch, &len);
	if (!diff || cl_diff_parse(&q->diff, opt->patch, diff, len,
				   opt->strip)) {
		cl_diff_free(&q->diff);
		free(diff);
		return -1;
	}
	free(diff);
	cl_patch_init(q, opt->patch, opt->dir);
	return 0;
}

int main(int argc, char **argv)
{
	struct options opt;
	struct state s;
	int status = 0, i;

	cl_progname = "livepatch-callers";
	parse_options(argc, argv, &opt);
	memset(&s, 0, sizeof(s));
	s.reader.object = on_object;
	s.reader.text = on_text;
	s.reader.first_visit = first_visit;
	s.opt = &opt;
	if (opt.action == PATCH && read_diff(&s.patch, &opt)) {
		free(opt.functions);
		free(opt.paths);
		return 2;
	}

	for (i = 0; i < opt.npaths; i++)
		read_path(&s, opt.paths[i]);

	if (s.malformed) {
		status = 2;
	} else if (opt.action == FUNCTION) {
		status = query(&s);
	} else if (opt.action == PATCH) {
		warn_missing(&s);
		status = cl_patch_answer(&s.patch, &s.set, opt.json, opt.klp);
	} else if (opt.action == DEFINITIONS) {
		print_definitions(&s);
	} else if (opt.action == MACRO) {
		status = cl_macro_answer(&s.set, opt.macro);
	} else if (opt.action == RECORDS) {
		print_records(&s);
	} else if (opt.action == CHECK) {
		if (s.missing)
			cl_error("%zu of %zu objects have no callers list",
				 s.missing, s.objects);
		if (s.assembler)
			cl_error("note: %zu of %zu objects were assembled from "
				 ".S or .s sources: no C functions, no list "
				 "needed", s.assembler, s.objects);
		status = s.problem ? 1 : 0;
	} else if (opt.action == SIDE) {
		status = print_side(&s, opt.paths[0]);
	} else {
		for (size_t k = 0; k < s.set.nlists; k++)
			fwrite(s.set.lists[k]->text, 1,
			       s.set.lists[k]->text_len, stdout);
		if (s.set.nlists == 0) {
			cl_error("no callers list in %s%s", opt.paths[0],
				 opt.npaths > 1 ? " and the others" : "");
			status = 1;
		}
	}
	if (fflush(stdout) || ferror(stdout)) {
		cl_error("write error: %s", strerror(errno));
		status = 2;
	}
	/* An answer from old lists says they cannot be checked; a refusal
	 * (status 2) is the one line it is. */
	if (status != 2)
		cl_old_versions_warning();
	cl_set_free(&s.set);
	if (opt.action == PATCH)
		cl_patch_free(&s.patch);
	free(s.seen);
	for (size_t k = 0; k < s.nmissing_names; k++)
		free(s.missing_names[k]);
	for (size_t k = 0; k < s.nclones; k++)
		free(s.clones[k]);
	free(s.clone_of);
	free(opt.functions);
	free(opt.paths);
	return status;
}
