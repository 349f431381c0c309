// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * What the preprocessor read, for a fix given as a diff (callers list
 * format version 4): a digest of every source and header, and which macro
 * definitions each function expanded.
 *
 * - Digests guard against a diff placed on a tree that changed since it
 *   was built: line numbers that no longer mean what the list says.  A
 *   file is hashed when libcpp enters it: PLUGIN_INCLUDE_FILE is invoked
 *   from cb_file_change (c-family/c-opts.cc) right after
 *   _cpp_stack_file (libcpp/files.cc) read the file with read_file.  The
 *   plugin reads the file again at that moment; libcpp's own buffer
 *   (_cpp_file::buffer) is private to libcpp and is its charset-converted
 *   copy, not the file's bytes.  The race accepted: a write between
 *   libcpp's read and this one, microseconds apart in the same process,
 *   goes unnoticed.  A write later in the compile does not matter: the
 *   digest is of what GCC read, and the tool sees the file differ.
 * - A change inside a #define changes every function that expanded it, and
 *   no line of those functions.  GIMPLE keeps no trace of most expansions
 *   (a constant from an object-like macro has no location, BUILD_BUG_ON
 *   folds to nothing), so the line maps are read instead: libcpp makes a
 *   macro map for every expansion when -ftrack-macro-expansion is 1 or 2
 *   (GCC's default), nested ones included (enter_macro_context,
 *   macro.cc), whose expansion point, followed out of enclosing
 *   expansions (linemap_resolve_location's LRK_MACRO_EXPANSION_POINT),
 *   is a line of the source.  A function expanded the macro when that
 *   line is within its definition's lines (location.c).  The map names
 *   the macro's identifier, not the definition, and a macro may be
 *   #undef'd and defined again (X-macros, pr_fmt), so the definitions
 *   are taken as libcpp makes them, through its define and undef
 *   callbacks, and the maps made so far are read before each one changes.
 * Built-in macros and -D ones have no file: nothing to diff, not recorded.
 */
#include <dlfcn.h>

#include "livepatch.h"
#include "sha256.h"

struct lp_digest {
	char *path;		/* as libcpp named it, before prefix maps */
	char hex[LP_SHA256_HEX_LEN + 1];
	bool known;
};

/* An expansion: where (resolved to the source) it is, and of what. */
struct lp_expansion {
	const char *file;	/* libcpp's string for the file */
	unsigned line;
	int def;		/* index in defs */
};

static vec<struct lp_digest> digests;
/* Index in digests by path: a unit enters thousands of headers. */
static hash_map<nofree_string_hash, unsigned> *digest_index;
static vec<struct lp_macro_def> defs;
static vec<struct lp_expansion> expansions;
/* The identifier's definition now (an index in defs), or absent. */
static hash_map<nofree_ptr_hash<cpp_hashnode>, int> *current_def;
/* For each macro map read: its expansion point in the source file. */
static vec<location_t> resolved;
static cpp_reader **parse_in_of_cc1;
static cpp_reader *reader;
static bool hooks_installed, untracked;
static void (*next_define)(cpp_reader *, location_t, cpp_hashnode *);
static void (*next_undef)(cpp_reader *, location_t, cpp_hashnode *);

static void hash_file(struct lp_digest *d)
{
	struct lp_sha256 s;
	char buf[65536];
	size_t n;
	FILE *f = fopen(d->path, "rb");

	d->known = false;
	if (!f)
		return;
	lp_sha256_init(&s);
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		lp_sha256_update(&s, buf, n);
	if (!ferror(f)) {
		lp_sha256_hex(&s, d->hex);
		d->known = true;
	}
	fclose(f);
}

/*
 * PATH was entered by libcpp, which has just read it (or is back in it
 * after an #include, or a #line names it).  Hash it when it is the file
 * libcpp is reading, once per path; a file included again is read again
 * by libcpp, and hashed again: a different digest means the unit saw two
 * versions of it, and no digest is recorded.
 */
static void note_file(const char *path)
{
	cpp_buffer *buffer = cpp_get_buffer(reader);
	struct _cpp_file *file = buffer ? cpp_get_file(buffer) : NULL;
	struct lp_digest d = { NULL, "", false };
	unsigned *seen;

	if (!file || strcmp(LP_CPP_FILE_PATH(file), path))
		return;		/* a #line name, or <built-in> */
	seen = digest_index->get(path);
	if (seen) {
		struct lp_digest *old = &digests[*seen];

		d.path = old->path;
		hash_file(&d);
		if (old->known && (!d.known || strcmp(d.hex, old->hex)))
			warning(0, "%qs changed while it was compiled: the "
				"callers list records no digest of it", path);
		old->known = old->known && d.known && !strcmp(d.hex, old->hex);
		return;
	}
	d.path = xstrdup(path);
	hash_file(&d);
	digests.safe_push(d);
	digest_index->put(d.path, digests.length() - 1);
}

/* The macro map at index I: its expansion point, out of enclosing ones. */
static location_t resolve_map(unsigned i)
{
	const line_map_macro *map = LINEMAPS_MACRO_MAP_AT(line_table, i);
	location_t loc = LP_MACRO_MAP_EXPANSION(map);
	const line_map_macro *base = LINEMAPS_MACRO_MAP_AT(line_table, 0);
	const line_map *outer;
	ptrdiff_t j;

	if (!linemap_location_from_macro_expansion_p(line_table, loc))
		return loc;
	/* Inside an enclosing expansion, made (and read) before this one:
	 * its answer, so that each map costs one lookup, not its depth. */
	outer = linemap_lookup(line_table, loc);
	j = (const line_map_macro *)outer - base;
	if (outer && j >= 0 && (size_t)j < resolved.length())
		return resolved[j];
	return linemap_resolve_location(line_table, loc,
					LRK_MACRO_EXPANSION_POINT, NULL);
}

/*
 * NODE's definition now, starting at LOC, as the current one: from its
 * '#' to its last token; -1 (none recorded) when it has no file.
 */
static int new_def(cpp_hashnode *node, location_t loc)
{
	const cpp_macro *macro = node->value.macro;
	expanded_location first = expand_location(loc);
	struct lp_macro_def def;
	int index = -1;

	if (macro && first.file && *first.file != '<' && first.line > 0) {
		def.file = first.file;
		def.first = def.last = first.line;
		def.name = (const char *)NODE_NAME(node);
		for (unsigned i = 0; macro->kind != cmk_traditional &&
				     i < macro->count; i++) {
			expanded_location t =
				expand_location(macro->exp.tokens[i].src_loc);

			if (t.file == first.file && t.line > def.last)
				def.last = t.line;
		}
		defs.safe_push(def);
		index = defs.length() - 1;
	}
	current_def->put(node, index);
	return index;
}

/*
 * A user macro defined without the define callback: restored by #pragma
 * pop_macro (cpp_pop_definition calls only undef, and gives the macro
 * back the line of the definition pushed), or read from a PCH.  The
 * pushed definition is the latest one of that name on that line (a search
 * once per pop, its result kept as the current definition).
 */
static int restored_def(cpp_hashnode *node)
{
	location_t line = node->value.macro->line;
	expanded_location at = expand_location(line);
	const char *name = (const char *)NODE_NAME(node);

	for (int i = defs.length() - 1; at.file && i >= 0; i--) {
		if (defs[i].first == at.line && !strcmp(defs[i].name, name) &&
		    !strcmp(defs[i].file, at.file)) {
			current_def->put(node, i);
			return i;
		}
	}
	return new_def(node, line);
}

/* The macro maps libcpp made since the last call, with the definitions
 * their identifiers have now. */
static void read_new_maps(void)
{
	unsigned used = LINEMAPS_MACRO_USED(line_table);

	for (unsigned i = resolved.length(); i < used; i++) {
		const line_map_macro *map = LINEMAPS_MACRO_MAP_AT(line_table, i);
		location_t loc = resolve_map(i);
		cpp_hashnode *node = MACRO_MAP_MACRO(map);
		int *known = current_def->get(node), def;
		expanded_location at;

		resolved.safe_push(loc);
		if (!known && cpp_user_macro_p(node))
			def = restored_def(node);
		else
			def = known ? *known : -1;
		if (def < 0)
			continue;	/* built-in, or -D: no file */
		at = expand_location(loc);
		if (at.file && at.line > 0) {
			struct lp_expansion e = { at.file, (unsigned)at.line,
						  def };

			expansions.safe_push(e);
		}
	}
}

/*
 * libcpp's define callback (do_define, directives.cc): NODE's definition
 * is the one just made, its '#' at LOC.  The maps made before it are of
 * the definition it replaces.
 */
static void on_define(cpp_reader *pfile, location_t loc, cpp_hashnode *node)
{
	if (next_define)
		next_define(pfile, loc, node);
	read_new_maps();
	new_def(node, loc);
}

static void on_undef(cpp_reader *pfile, location_t loc, cpp_hashnode *node)
{
	if (next_undef)
		next_undef(pfile, loc, node);
	read_new_maps();
	current_def->remove(node);
}

/*
 * PLUGIN_INCLUDE_FILE.  The first one is the main file's, after the C
 * family set its own callbacks (init_c_lex, before cpp_read_main_file):
 * the define and undef callbacks are chained then, not in plugin_init,
 * where init_c_lex would overwrite them for -g3 and -dD.
 */
static void on_include(void *gcc_data, void *user_data)
{
	(void)user_data;
	if (!reader)
		reader = *parse_in_of_cc1;
	if (!reader)
		return;
	if (!hooks_installed) {
		cpp_callbacks *cb = cpp_get_callbacks(reader);
		cpp_options *opts = cpp_get_options(reader);

		hooks_installed = true;
		next_define = cb->define;
		next_undef = cb->undef;
		cb->define = on_define;
		cb->undef = on_undef;
		/* -ftrack-macro-expansion=0 makes no macro maps, and a
		 * preprocessed input (-fpreprocessed, .i) expands none. */
		untracked = !opts->track_macro_expansion || opts->preprocessed;
	}
	note_file((const char *)gcc_data);
}

/*
 * The digests of the files whose lines the unit's line maps name (the
 * list's file records): not of a preprocessed input (.i), whose
 * linemarkers name the files it came from.
 */
void lp_for_each_digest(void (*fn)(const char *path, const char *hex,
				   void *data), void *data)
{
	hash_set<nofree_string_hash> mapped;

	for (unsigned i = 0; i < LINEMAPS_ORDINARY_USED(line_table); i++) {
		const line_map_ordinary *map =
			LINEMAPS_ORDINARY_MAP_AT(line_table, i);

		if (ORDINARY_MAP_FILE_NAME(map))
			mapped.add(ORDINARY_MAP_FILE_NAME(map));
	}
	for (unsigned i = 0; i < digests.length(); i++)
		if (digests[i].known && mapped.contains(digests[i].path))
			fn(remap_debug_filename(digests[i].path),
			   digests[i].hex, data);
}

bool lp_macros_untracked(void)
{
	return untracked;
}

const struct lp_macro_def *lp_macro_definition(int def)
{
	return &defs[def];
}

static int compare_expansions(const void *a, const void *b)
{
	const struct lp_expansion *x = (const struct lp_expansion *)a;
	const struct lp_expansion *y = (const struct lp_expansion *)b;
	int c = strcmp(x->file, y->file);

	if (c)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->def - y->def;
}

struct lp_span {
	const char *file;	/* libcpp's name, before prefix maps */
	unsigned first, last;
	unsigned index;		/* in the caller's array */
	unsigned reach;		/* the largest LAST of the spans up to here */
};

static int compare_spans(const void *a, const void *b)
{
	const struct lp_span *x = (const struct lp_span *)a;
	const struct lp_span *y = (const struct lp_span *)b;
	int c = strcmp(x->file, y->file);

	if (c)
		return c;
	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* The last span of FILE starting at or before LINE, or -1. */
static int last_span_at(const vec<struct lp_span> &spans, const char *file,
			unsigned line)
{
	int lo = 0, hi = spans.length();

	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		int c = strcmp(spans[mid].file, file);

		if (c < 0 || (c == 0 && spans[mid].first <= line))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo - 1;
}

/*
 * Which definitions each of the N functions at WHERE[i] (NULL: no place)
 * expanded: FN(i, def) once per pair.  Spans and expansions are sorted
 * once; an expansion looks back from the last span starting above it over
 * the spans that may still reach it (REACH: nested functions), so the
 * cost is the sorts plus the pairs, plus the nesting depth per expansion.
 */
/* In GCC's statistics dump, as callers.c reports its own counts: the work
 * of attributing expansions, bounded by the suite (source.exp). */
static void report_count(const char *what, uint64_t count)
{
	statistics_counter_event(NULL, what,
				 (int)MIN(count, (uint64_t)INT_MAX));
}

void lp_macros_for_functions(const struct lp_location *const *where,
			     unsigned n,
			     void (*fn)(unsigned i, int def, void *data),
			     void *data)
{
	vec<struct lp_span> spans = vNULL;
	hash_table<int_hash<int64_t, -1, -2> > pairs(64);
	uint64_t steps = 0, records = 0;

	read_new_maps();
	for (unsigned i = 0; i < n; i++) {
		struct lp_span s = { NULL, 0, 0, i, 0 };

		if (!where[i])
			continue;
		s.file = where[i]->source_file;
		s.first = where[i]->first;
		s.last = where[i]->last;
		spans.safe_push(s);
	}
	spans.qsort(compare_spans);
	for (unsigned k = 0; k < spans.length(); k++)
		spans[k].reach = k && !strcmp(spans[k - 1].file, spans[k].file) &&
				 spans[k - 1].reach > spans[k].last ?
				 spans[k - 1].reach : spans[k].last;
	expansions.qsort(compare_expansions);
	for (unsigned e = 0; e < expansions.length(); e++) {
		const struct lp_expansion *x = &expansions[e];

		steps++;
		for (int k = last_span_at(spans, x->file, x->line);
		     k >= 0 && !strcmp(spans[k].file, x->file) &&
		     spans[k].reach >= x->line; k--) {
			int64_t key = (int64_t)spans[k].index << 32 |
				      (uint32_t)x->def, *slot;

			steps++;
			if (spans[k].last < x->line)
				continue;
			slot = pairs.find_slot(key, INSERT);
			if (*slot == key)
				continue;
			*slot = key;
			records++;
			fn(spans[k].index, x->def, data);
		}
	}
	/* The sorts are not counted: E log E and S log S. */
	report_count("livepatch macro maps", resolved.length());
	report_count("livepatch macro functions", spans.length());
	report_count("livepatch macro records", records);
	report_count("livepatch macro steps", steps + spans.length());
	spans.release();
}

void lp_source_register(const struct lp_config *cfg)
{
	/* Only the C family's cc1 has a preprocessor (c-family/c-opts.cc
	 * defines parse_in); lto1 reads no source. */
	parse_in_of_cc1 = (cpp_reader **)dlsym(RTLD_DEFAULT, "parse_in");
	if (!parse_in_of_cc1)
		return;
	current_def = new hash_map<nofree_ptr_hash<cpp_hashnode>, int>;
	digest_index = new hash_map<nofree_string_hash, unsigned>;
	register_callback(cfg->plugin_name, PLUGIN_INCLUDE_FILE, on_include,
			  NULL);
}
