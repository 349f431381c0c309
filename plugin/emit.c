// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The writer: the recorder's finished graph (callers.c) as the callers list
 * (format: docs/callers-format.md), in bytes, written out.
 *
 * The list must reach the live-patch author whatever built the object:
 * - beside the object, named like GCC's own auxiliary outputs (foo.su for
 *   -fstack-usage), so `make` users find foo.callers next to foo.o;
 * - inside the object, in a non-allocated .discard.* section, because a
 *   ccache hit or a distcc compile hands back only the object file.
 * The file is written to a temporary name and renamed, so parallel or
 * interrupted builds never leave a partial list.  Probe compiles (Kbuild's
 * cc-option compiles /dev/null, -o /dev/null, -E, -fsyntax-only) write
 * nothing: SUSE kernels once collected stray null.*.ipa-clones files from
 * them.  Output is sorted and holds no time, directory or pid, so the same
 * source and flags give the same bytes.
 */
#include "livepatch.h"

struct lp_text {
	vec<char *> lines;
};

static void add_line(struct lp_text *text, const char *fmt, ...)
	ATTRIBUTE_PRINTF_2;

static void add_line(struct lp_text *text, const char *fmt, ...)
{
	va_list ap;
	char *line;

	va_start(ap, fmt);
	line = xvasprintf(fmt, ap);
	va_end(ap);
	text->lines.safe_push(line);
}

struct lp_patch_ctx {
	struct lp_text *text;
	const char *source;
};

static void add_patch_line(const char *symbol, enum lp_reason why, bool cold,
			   void *data)
{
	struct lp_patch_ctx *ctx = (struct lp_patch_ctx *)data;

	add_line(ctx->text, "patch\t%s\t%s%s\t%s\n", ctx->source, symbol,
		 cold ? ".cold" : "", lp_reason_name(why));
}

static void add_source_lines(int source, const char *name, bool emitted,
			     void *data)
{
	struct lp_text *text = (struct lp_text *)data;
	struct lp_patch_ctx ctx = { text, name };

	add_line(text, "function\t%s\t%s\n", name,
		 emitted ? "emitted" : "removed");
	lp_callers_for_each_patch(source, add_patch_line, &ctx);
}

static int compare_lines(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The whole list as one string: header, then sorted unique records. */
static char *build_text(const struct lp_config *cfg)
{
	struct lp_text text = { vNULL };
	const char *source = remap_debug_filename(main_input_filename);
	char *out, *p;
	size_t len;

	lp_callers_for_each_source(add_source_lines, &text);
	text.lines.qsort(compare_lines);
	out = xasprintf("%s\t%d\nsource\t%s\nmode\t%s\n",
			LP_FORMAT_HEADER, LP_FORMAT_VERSION, source,
			lp_mode_name(cfg->mode));
	len = strlen(out);
	for (unsigned i = 0; i < text.lines.length(); i++)
		len += strlen(text.lines[i]);
	out = XRESIZEVEC(char, out, len + 1);
	p = out + strlen(out);
	for (unsigned i = 0; i < text.lines.length(); i++) {
		if (i && !strcmp(text.lines[i], text.lines[i - 1]))
			continue;
		p = stpcpy(p, text.lines[i]);
	}
	*p = 0;
	for (unsigned i = 0; i < text.lines.length(); i++)
		free(text.lines[i]);
	text.lines.release();
	return out;
}

/* Compiles whose output nobody keeps: Kbuild's cc-option and friends. */
static bool is_probe_compile(void)
{
	const char *driver_options = getenv("COLLECT_GCC_OPTIONS");

	if (flag_syntax_only || !main_input_filename ||
	    !strcmp(main_input_filename, "/dev/null") ||
	    !strcmp(main_input_filename, "-"))
		return true;
	if (asm_file_name && !strcmp(asm_file_name, "/dev/null"))
		return true;
	return driver_options && strstr(driver_options, "'-o' '/dev/null'");
}

static char *list_path(const struct lp_config *cfg)
{
	if (cfg->callers_path)
		return xstrdup(cfg->callers_path);
	return concat(aux_base_name, LP_FORMAT_SUFFIX, NULL);
}

/* Write TEXT to PATH atomically: a temporary in the same directory, then
 * rename(2), so a reader sees the old list or the new one, never a mix. */
static bool write_atomically(const char *path, const char *text)
{
	char *tmp = concat(path, ".XXXXXX", NULL);
	size_t len = strlen(text);
	mode_t mask = umask(0);
	bool ok = false;
	int fd;

	umask(mask);
	fd = mkstemp(tmp);
	if (fd >= 0) {
		ok = write(fd, text, len) == (ssize_t)len &&
		     fchmod(fd, 0666 & ~mask) == 0;
		ok &= close(fd) == 0;
		ok = ok && rename(tmp, path) == 0;
		if (!ok)
			unlink(tmp);
	}
	if (!ok)
		error_at(UNKNOWN_LOCATION,
			 "cannot write the callers list %qs: %m", path);
	free(tmp);
	return ok;
}

/* The same bytes in a section the linker neither loads nor keeps. */
static void embed_in_object(const char *text)
{
	fprintf(asm_out_file, "\t.pushsection\t%s,\"\",@progbits\n",
		LP_FORMAT_SECTION);
	while (*text) {
		fputs("\t.ascii\t\"", asm_out_file);
		for (int n = 0; *text && n < 64; text++, n++) {
			if (*text == '\n')
				fputs("\\n", asm_out_file);
			else if (*text == '\t')
				fputs("\\t", asm_out_file);
			else if (*text == '"' || *text == '\\')
				fprintf(asm_out_file, "\\%c", *text);
			else if (!ISPRINT(*text))
				fprintf(asm_out_file, "\\%03o",
					(unsigned char)*text);
			else
				fputc(*text, asm_out_file);
		}
		fputs("\"\n", asm_out_file);
	}
	fputs("\t.popsection\n", asm_out_file);
}

static void finish_unit(void *gcc_data, void *user_data)
{
	const struct lp_config *cfg = (const struct lp_config *)user_data;
	char *text, *path;

	(void)gcc_data;
	if (seen_error() || !lp_callers_started() || is_probe_compile())
		return;
	text = build_text(cfg);
	path = list_path(cfg);
	if (write_atomically(path, text))
		embed_in_object(text);
	free(path);
	free(text);
}

/* PLUGIN_FINISH_UNIT: the recorder has seen every function expanded, and
 * asm_out_file is still open for the section. */
void lp_emit_register(const struct lp_config *cfg)
{
	register_callback(cfg->plugin_name, PLUGIN_FINISH_UNIT, finish_unit,
			  (void *)cfg);
}
