// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Where each function's definition is in the source, and which files the
 * unit read: what turns an author's diff into the functions it changes
 * (livepatch-callers --patch).
 *
 * A diff names files and lines, the list names functions.  A line the
 * mapping misses is a changed function left out of the patch, so:
 * - a definition spans from the first line of its declaration (return type
 *   and attributes, which kernel style puts on the line above the name) to
 *   its closing brace.  GCC keeps the name's location (DECL_SOURCE_LOCATION)
 *   and the closing brace's (function_end_locus, set by the C front end's
 *   finish_function), not where the declaration specifiers begin, so the
 *   start is found by reading the source back from the name's line over
 *   the lines that continue the declaration (include/declaration-start.h,
 *   the rule livepatch-callers --patch applies to added lines too);
 * - a function written by a macro (SYSCALL_DEFINE3, DEFINE_...) is placed
 *   where the macro is expanded, not where the macro is defined;
 * - every file the preprocessor read is listed, so a change outside any
 *   function (a struct layout, a macro, an initializer in a header) can be
 *   answered with every object it may reach.
 * Paths are written as GCC writes them in debug information, after
 * -ffile-prefix-map and -fdebug-prefix-map, like the list's source line.
 */
#include "livepatch.h"
#include "declaration-start.h"

/* Lines of one source file, read once per unit. */
struct lp_source_text {
	char *path;
	char *data;
	vec<const char *> lines;	/* lines[i]: start of line i + 1 */
	size_t size;
};

static vec<struct lp_source_text *> texts;

static struct lp_source_text *source_text(const char *path)
{
	struct lp_source_text *text;
	FILE *f;
	long size;

	for (unsigned i = 0; i < texts.length(); i++)
		if (!strcmp(texts[i]->path, path))
			return texts[i];
	text = XCNEW(struct lp_source_text);
	text->path = xstrdup(path);
	texts.safe_push(text);
	f = fopen(path, "rb");
	if (!f)
		return text;
	if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) > 0 &&
	    fseek(f, 0, SEEK_SET) == 0) {
		text->data = XNEWVEC(char, size + 1);
		text->size = fread(text->data, 1, size, f);
		text->data[text->size] = 0;
		text->lines.safe_push(text->data);
		for (size_t i = 0; i < text->size; i++)
			if (text->data[i] == '\n' && i + 1 < text->size)
				text->lines.safe_push(text->data + i + 1);
	}
	fclose(f);
	return text;
}

/* Line LINE (from 1) of TEXT, its length in *LEN; NULL if there is none. */
static const char *line_at(struct lp_source_text *text, int line, size_t *len)
{
	const char *start, *end;

	if (line < 1 || (unsigned)line > text->lines.length())
		return NULL;
	start = text->lines[line - 1];
	end = strchr(start, '\n');
	*len = end ? (size_t)(end - start) : strlen(start);
	return start;
}

static int declaration_start(const char *path, int name_line)
{
	struct lp_source_text *text = source_text(path);
	int line = name_line;
	size_t len;
	const char *above;

	while ((above = line_at(text, line - 1, &len)) &&
	       lp_line_continues_declaration(above, len))
		line--;
	return line;
}

/* LOC where the source shows it: a macro expansion's point of use. */
static expanded_location expand_in_source(location_t loc)
{
	loc = linemap_resolve_location(line_table, loc,
				       LRK_MACRO_EXPANSION_POINT, NULL);
	return expand_location(loc);
}

bool lp_definition_location(tree decl, struct lp_location *where)
{
	struct function *fn = DECL_STRUCT_FUNCTION(decl);
	expanded_location name, end;

	if (!fn || DECL_ARTIFICIAL(decl))
		return false;
	name = expand_in_source(DECL_SOURCE_LOCATION(decl));
	end = expand_in_source(fn->function_end_locus);
	if (!name.file || !end.file || strcmp(name.file, end.file) ||
	    name.line <= 0 || end.line < name.line)
		return false;
	where->file = remap_debug_filename(name.file);
	where->source_file = name.file;
	where->first = declaration_start(name.file, name.line);
	where->last = end.line;
	return true;
}

/* Every file the preprocessor entered: the source and each header. */
void lp_for_each_file_read(void (*fn)(const char *path, void *data),
			   void *data)
{
	for (unsigned i = 0; i < LINEMAPS_ORDINARY_USED(line_table); i++) {
		const line_map_ordinary *map =
			LINEMAPS_ORDINARY_MAP_AT(line_table, i);
		const char *path = ORDINARY_MAP_FILE_NAME(map);

		/* <built-in> and <command-line> are not files. */
		if (path && *path && *path != '<')
			fn(remap_debug_filename(path), data);
	}
}
