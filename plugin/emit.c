// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The writer: the recorder's finished graph (callers.c) as the callers list
 * (format: docs/callers-format.md), in bytes, written out.
 *
 * The list must reach the live-patch author whatever built the object:
 * - beside the object, named like GCC's own auxiliary outputs (foo.su for
 *   -fstack-usage), so `make` users find foo.callers next to foo.o;
 * - inside the object, in a non-allocated .discard.* section, because a
 *   ccache hit or an icecream compile hands back only the object file.
 * Output is sorted and holds no time, directory or pid, so the same source
 * and flags give the same bytes (a list written with callers=PATH away from
 * its object names that object by its absolute path).
 *
 * And it must never lie or clobber:
 * - probe compiles (Kbuild's cc-option compiles /dev/null, -o /dev/null,
 *   -E, -fsyntax-only) write nothing: SUSE kernels once collected stray
 *   null.*.ipa-clones files from them;
 * - a compile that fails writes nothing: a list beside a missing object,
 *   or beside an older one the failed compile left, misleads every later
 *   query.  So the file is written at PLUGIN_FINISH, once every diagnostic
 *   (-Werror ones included) is counted and the assembly file is closed,
 *   and only while the driver that will run the assembler is still alive
 *   and the object it names can be created.  A list from an earlier
 *   successful compile stays, as GCC's driver leaves that compile's
 *   object when cc1 fails.  The assembler runs after cc1 and may still
 *   fail, so the file beside the object names that object (format version
 *   3's output record) and the tools refuse it while the object is missing
 *   or holds another list;
 * - the file is written to a temporary name beside it and renamed, with
 *   termination signals held off, so a reader sees the old list or the
 *   new one, never a mix, and a terminated compile leaves neither;
 * - only a regular file, a symbolic link (the link itself, never the
 *   file it leads to) or nothing at the path is replaced; /dev/null takes
 *   no list, and any other device, FIFO, socket or directory, or a link
 *   to one, is refused, so a build run as root never replaces a device
 *   node nor writes through a link another user planted;
 * - a field the format cannot represent (a TAB, newline, control
 *   character or non-UTF-8 byte in the source path or a symbol) fails the
 *   compile: every list written is one the tools read back.
 */
#include "livepatch.h"
#include "diagnostic.h"

struct lp_text {
	vec<char *> lines;
	char *problem;		/* the first field that cannot be written */
};

/*
 * S for a one-line message: a control character or non-ASCII byte as
 * \t, \n or \xNN, so the message names the path exactly on one line.
 */
static char *escape_for_message(const char *s)
{
	char *out = XNEWVEC(char, 4 * strlen(s) + 1);
	char *p = out;

	for (; *s; s++) {
		unsigned char c = *s;

		if (c == '\t')
			p = stpcpy(p, "\\t");
		else if (c == '\n')
			p = stpcpy(p, "\\n");
		else if (c < 0x20 || c >= 0x7f)
			p += sprintf(p, "\\x%02x", c);
		else
			*p++ = c;
	}
	*p = 0;
	return out;
}

/* Note WHAT (the kind of field) VALUE if it cannot be a field. */
static void check_field(struct lp_text *text, const char *what,
			const char *value)
{
	const char *problem = lp_format_field_problem(value, strlen(value));
	char *shown;

	if (!problem || text->problem)
		return;
	shown = escape_for_message(value);
	text->problem = xasprintf("%s '%s' holds %s", what, shown, problem);
	free(shown);
}

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

	check_field(ctx->text, "the symbol", symbol);
	add_line(ctx->text, "patch\t%s\t%s%s\t%s\n", ctx->source, symbol,
		 cold ? ".cold" : "", lp_reason_name(why));
}

struct lp_macro_ctx {
	struct lp_text *text;
	const char *name;
};

static void add_macro_line(const struct lp_macro_def *def, void *data)
{
	struct lp_macro_ctx *ctx = (struct lp_macro_ctx *)data;
	const char *file = remap_debug_filename(def->file);

	check_field(ctx->text, "the path of a macro's file", file);
	check_field(ctx->text, "the macro name", def->name);
	add_line(ctx->text, LP_FORMAT_MACRO "\t%s\t%s\t%d\t%d\t%s\n",
		 ctx->name, file, def->first, def->last, def->name);
}

static void add_digest_line(const char *path, const char *hex, void *data)
{
	struct lp_text *text = (struct lp_text *)data;

	check_field(text, "the path of a file the unit read", path);
	add_line(text, LP_FORMAT_DIGEST "\t%s\t%s\n", path, hex);
}

static void add_source_lines(int source, const char *name, bool emitted,
			     const struct lp_location *where, void *data)
{
	struct lp_text *text = (struct lp_text *)data;
	struct lp_patch_ctx ctx = { text, name };
	struct lp_macro_ctx macro_ctx = { text, name };

	check_field(text, "the function name", name);
	if (where) {
		check_field(text, "the path of a function's file", where->file);
		add_line(text, "function\t%s\t%s\t%s\t%d\t%d\n", name,
			 emitted ? "emitted" : "removed", where->file,
			 where->first, where->last);
	} else {
		add_line(text, "function\t%s\t%s\n", name,
			 emitted ? "emitted" : "removed");
	}
	lp_callers_for_each_patch(source, add_patch_line, &ctx);
	lp_callers_for_each_macro(source, add_macro_line, &macro_ctx);
}

static void add_file_line(const char *path, void *data)
{
	struct lp_text *text = (struct lp_text *)data;

	check_field(text, "the path of a file the unit read", path);
	add_line(text, "file\t%s\n", path);
}

static int compare_lines(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The whole list as one string: header, then sorted unique records, then
 * the end record (format version 4) counting the lines before it.  NULL
 * after an error naming a field the format cannot represent (a source path
 * with a TAB, say): refusing is the choice over an escape, which every
 * reader of format version 1 would misread.
 */
static char *build_text(const struct lp_config *cfg)
{
	struct lp_text text = { vNULL, NULL };
	const char *source = remap_debug_filename(main_input_filename);
	char *out, *p;
	size_t len;
	unsigned count;

	check_field(&text, "the source path", source);
	lp_callers_for_each_source(add_source_lines, &text);
	lp_for_each_file_read(add_file_line, &text);
	lp_for_each_digest(add_digest_line, &text);
	if (lp_macros_untracked())
		add_line(&text, LP_FORMAT_MACROS "\t" LP_FORMAT_MACROS_UNTRACKED
			 "\n");
	for (unsigned i = 0; text.problem && i < text.lines.length(); i++)
		free(text.lines[i]);
	if (text.problem) {
		error_at(UNKNOWN_LOCATION,
			 "cannot write the callers list: %s, which the list cannot represent",
			 text.problem);
		free(text.problem);
		text.lines.release();
		return NULL;
	}
	text.lines.qsort(compare_lines);
	out = xasprintf("%s\t%d\nsource\t%s\nmode\t%s\n",
			LP_FORMAT_HEADER, LP_FORMAT_VERSION, source,
			lp_mode_name(cfg->mode));
	/* Room for the end record: its name, a TAB, a count, a newline. */
	len = strlen(out) + strlen(LP_FORMAT_END) + 3 * sizeof(unsigned) + 3;
	for (unsigned i = 0; i < text.lines.length(); i++)
		len += strlen(text.lines[i]);
	out = XRESIZEVEC(char, out, len + 1);
	p = out + strlen(out);
	count = 3;
	for (unsigned i = 0; i < text.lines.length(); i++) {
		if (i && !strcmp(text.lines[i], text.lines[i - 1]))
			continue;
		p = stpcpy(p, text.lines[i]);
		count++;
	}
	/* Last, over every line before it whatever its record type, so a
	 * list cut at a line boundary is told from a whole one. */
	sprintf(p, "%s\t%u\n", LP_FORMAT_END, count);
	for (unsigned i = 0; i < text.lines.length(); i++)
		free(text.lines[i]);
	text.lines.release();
	return out;
}

/*
 * The next argument of the driver's command line at *P, as
 * COLLECT_GCC_OPTIONS holds it: every argument single-quoted, a quote
 * inside one written '\''.  NULL at the end.
 */
static char *next_driver_arg(const char **p)
{
	const char *q = *p;
	char *arg, *a;

	if (!q || !*q)
		return NULL;
	arg = a = XNEWVEC(char, strlen(q) + 1);
	for (;;) {
		if (*q == '\'') {
			for (q++; *q && *q != '\''; q++)
				*a++ = *q;
			if (*q)
				q++;
		} else if (q[0] == '\\' && q[1] == '\'') {
			*a++ = '\'';
			q += 2;
		} else {
			break;
		}
	}
	*a = 0;
	while (*q && *q != ' ')
		q++;
	while (*q == ' ')
		q++;
	*p = q;
	return arg;
}

/*
 * The value of option OPTION (say "-o") in the driver's command line; the
 * last occurrence counts, as for the driver.  NULL when absent, or when cc1
 * was not started by a driver.
 */
static char *driver_option(const char *option)
{
	const char *p = getenv("COLLECT_GCC_OPTIONS");
	char *value = NULL, *arg;
	bool next_is_value = false;

	while ((arg = next_driver_arg(&p))) {
		if (next_is_value) {
			free(value);
			value = arg;
			next_is_value = false;
		} else {
			next_is_value = !strcmp(arg, option);
			free(arg);
		}
	}
	return value;
}

/* Whether the driver's command line holds FLAG (say "-c"). */
static bool driver_flag(const char *flag)
{
	const char *p = getenv("COLLECT_GCC_OPTIONS");
	char *arg;
	bool found = false;

	while ((arg = next_driver_arg(&p))) {
		found |= !strcmp(arg, flag);
		free(arg);
	}
	return found;
}

/* Compiles whose output nobody keeps: Kbuild's cc-option and friends. */
static bool is_probe_compile(void)
{
	char *output;
	bool probe;

	if (flag_syntax_only || !main_input_filename ||
	    !strcmp(main_input_filename, "/dev/null") ||
	    !strcmp(main_input_filename, "-"))
		return true;
	if (asm_file_name && !strcmp(asm_file_name, "/dev/null"))
		return true;
	output = driver_option("-o");
	probe = output && !strcmp(output, "/dev/null");
	free(output);
	return probe;
}

/* Errors, and warnings -Werror made errors (counted apart, werrorcount):
 * toplev.cc then exits with FATAL_EXIT_CODE and the driver runs no
 * assembler. */
static bool compile_failed(void)
{
	return seen_error() || werrorcount;
}

/*
 * The driver that started cc1 runs the assembler after it.  If it is gone
 * (killed while cc1 ran: its fatal_signal handler deleted its temporaries
 * and re-raised the signal, and cc1 was re-parented), no object will ever
 * stand beside the list.  Its pid is taken in plugin_init; a driver that
 * died before cc1 got that far is not noticed.
 */
static pid_t driver_pid;

static bool driver_gone(void)
{
	return getppid() != driver_pid;
}

/*
 * The assembler (and the linker, without -c) runs after cc1, and cc1
 * cannot see it fail.  What can be known in advance is whether the output
 * the driver names with -o can be created at all: not when it is a
 * directory, a file that may not be written, or in a directory that may
 * not be written to.
 */
static bool output_cannot_be_created(void)
{
	char *object = driver_option("-o");
	char *copy, *slash;
	struct stat st;
	bool cannot = false;

	if (!object || !strcmp(object, "-")) {
		free(object);
		return false;
	}
	if (stat(object, &st) == 0) {
		cannot = S_ISDIR(st.st_mode) || access(object, W_OK) != 0;
	} else {
		copy = xstrdup(object);
		slash = strrchr(copy, '/');
		if (slash)
			slash[slash == copy] = 0;
		cannot = access(slash ? copy : ".", W_OK) != 0;
		free(copy);
	}
	free(object);
	return cannot;
}

static char *list_path(const struct lp_config *cfg)
{
	if (cfg->callers_path)
		return xstrdup(cfg->callers_path);
	return concat(aux_base_name, LP_FORMAT_SUFFIX, NULL);
}

/*
 * The output the driver makes from this unit, as it names it: its -o, or
 * without one what it makes by default in the current directory: BASE.o
 * for -c, BASE.s for -S, a.out when it links, BASE being the input's name
 * without directory and suffix.  NULL when cc1 was not started by a
 * driver, or writes to standard output.
 */
static char *driver_output(void)
{
	char *output = driver_option("-o");
	const char *base;
	char *name, *dot;

	if (output || !getenv("COLLECT_GCC_OPTIONS"))
		goto out;
	if (!driver_flag("-c") && !driver_flag("-S"))
		return xstrdup("a.out");
	base = lbasename(main_input_filename);
	name = xstrdup(base);
	dot = strrchr(name, '.');
	if (dot && dot != name)
		*dot = 0;
	output = concat(name, driver_flag("-S") ? ".s" : ".o", NULL);
	free(name);
out:
	if (output && !strcmp(output, "-")) {
		free(output);
		return NULL;
	}
	return output;
}

/* The directory part of PATH resolved, or NULL. */
static char *real_dir(const char *path)
{
	const char *base = lbasename(path);
	char *dir = base == path ? xstrdup(".") : xstrndup(path, base - path);
	char *real = realpath(dir, NULL);

	free(dir);
	return real;
}

/*
 * The "output" record of the list at LIST (format version 3): which file
 * this list was written for, so that the tools can tell a list whose
 * compile finished from one left beside an object the assembler never
 * wrote (cc1 exits before the assembler runs, and no code of the plugin
 * runs after it).  Named without a directory when it is in the list's own
 * directory, so a tree moved or copied whole keeps its lists valid;
 * otherwise by its absolute path.  NULL when there is no output file.
 */
static char *output_record(const char *list)
{
	char *output = driver_output(), *list_dir, *output_dir, *record;

	if (!output)
		return NULL;
	list_dir = real_dir(list);
	output_dir = real_dir(output);
	if (list_dir && output_dir && !strcmp(list_dir, output_dir)) {
		record = xstrdup(lbasename(output));
	} else if (IS_ABSOLUTE_PATH(output)) {
		record = xstrdup(output);
	} else {
		char *cwd = getcwd(NULL, 0);

		record = cwd ? concat(cwd, "/", output, NULL) : xstrdup(output);
		free(cwd);
	}
	free(list_dir);
	free(output_dir);
	free(output);
	return record;
}

/*
 * The list as the file beside the object holds it: the embedded TEXT with
 * the output record after its mode line.  NULL after an error naming an
 * output path the format cannot represent.
 */
static char *side_text(const char *list, const char *text)
{
	char *record = output_record(list), *out, *shown;
	const char *rest = text, *problem;

	if (!record)
		return xstrdup(text);
	problem = lp_format_field_problem(record, strlen(record));
	if (problem) {
		shown = escape_for_message(record);
		error_at(UNKNOWN_LOCATION,
			 "cannot write the callers list: the output path '%s' holds %s, which the list cannot represent",
			 shown, problem);
		free(shown);
		free(record);
		return NULL;
	}
	/* The header, source and mode lines come first. */
	for (int i = 0; i < 3; i++)
		rest = strchr(rest, '\n') + 1;
	out = xasprintf("%.*soutput\t%s\n%s", (int)(rest - text), text,
			record, rest);
	free(record);
	return out;
}

/* What the list does at a path, decided on what is there. */
enum lp_place {
	LP_PLACE_FILE,		/* a regular file or nothing: written there */
	LP_PLACE_NONE,		/* /dev/null: no list */
	LP_PLACE_REFUSED,	/* anything else */
};

static const char *file_kind(mode_t mode)
{
	if (S_ISDIR(mode))
		return "a directory";
	if (S_ISCHR(mode))
		return "a character device";
	if (S_ISBLK(mode))
		return "a block device";
	if (S_ISFIFO(mode))
		return "a FIFO";
	if (S_ISSOCK(mode))
		return "a socket";
	return "something else";
}

/* The null device, under whatever name: the same device number. */
static bool is_dev_null(const struct stat *st)
{
	struct stat null_st;

	return S_ISCHR(st->st_mode) && stat("/dev/null", &null_st) == 0 &&
	       S_ISCHR(null_st.st_mode) && st->st_rdev == null_st.st_rdev;
}

/*
 * Whether the kernel would follow the symbolic link at PATH (lstat in
 * *LINK) for this process with fs.protected_symlinks=1 (fs/namei.c,
 * may_follow_link): not when the link sits in a sticky world-writable
 * directory (/tmp, a shared scratch) and belongs neither to that directory's
 * owner nor to us.  Such a link was planted by another user, and is never
 * followed here, even just to stat(2) what it leads to, whatever the
 * sysctl says.
 */
static bool link_may_be_followed(const char *path, const struct stat *link)
{
	const char *base = lbasename(path);
	char *dir = base == path ? xstrdup(".") : xstrndup(path, base - path);
	struct stat dst;
	bool ok;

	ok = lstat(dir, &dst) == 0 &&
	     ((dst.st_mode & (S_ISVTX | S_IWOTH)) != (S_ISVTX | S_IWOTH) ||
	      link->st_uid == dst.st_uid || link->st_uid == geteuid());
	free(dir);
	return ok;
}

/*
 * What the list does at PATH.  The list always replaces the directory
 * entry PATH itself (write_atomically renames onto it), never the file a
 * symbolic link there leads to: that is what the assembler does with its
 * -o (gas/as.c removes an existing link or file first, libiberty's
 * unlink_if_ordinary), and a list written through a link would let whoever
 * made the link choose the file a compile run as root replaces.  What a
 * link leads to is still looked at, when it may be followed
 * (link_may_be_followed), so that callers=/dev/stdout or a link to a device
 * is refused like the device itself, and a link to /dev/null takes no list.
 * A regular file at PATH must be one this process may write: a read-only
 * list is refused as open(2) would refuse it (root may write it).  A
 * refusal is an error naming PATH.
 */
static enum lp_place list_place(const char *path)
{
	struct stat st;
	bool link;

	if (lstat(path, &st) != 0) {
		if (errno == ENOENT)
			return LP_PLACE_FILE;
		error_at(UNKNOWN_LOCATION,
			 "cannot write the callers list %qs: %m", path);
		return LP_PLACE_REFUSED;
	}
	link = S_ISLNK(st.st_mode);
	/* A planted link, or one leading nowhere: the link is replaced. */
	if (link && (!link_may_be_followed(path, &st) || stat(path, &st) != 0))
		return LP_PLACE_FILE;
	if (is_dev_null(&st))
		return LP_PLACE_NONE;
	if (!S_ISREG(st.st_mode)) {
		error_at(UNKNOWN_LOCATION,
			 "cannot write the callers list %qs: it %s %s, not a regular file",
			 path, link ? "is a symbolic link to" : "is",
			 file_kind(st.st_mode));
		return LP_PLACE_REFUSED;
	}
	if (!link && access(path, W_OK) != 0) {
		error_at(UNKNOWN_LOCATION,
			 "cannot write the callers list %qs: %m", path);
		return LP_PLACE_REFUSED;
	}
	return LP_PLACE_FILE;
}

/*
 * Signals that end cc1 by default.  They are held off while the list is
 * written and renamed: one arriving then would leave the temporary behind,
 * or a complete list for a compile the driver is about to call failed.
 * SIGXFSZ held off turns a write past the file size limit into EFBIG.
 */
static const int termination_signals[] = {
	SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGXFSZ,
};

/*
 * Write TEXT to PATH atomically: a temporary in the same directory
 * (PATH.XXXXXX, which the tools never read as a list), created with
 * O_EXCL | O_NOFOLLOW (mkostemp: never an existing file or a link someone
 * put there), then rename(2) onto PATH, which replaces the entry PATH
 * itself, a symbolic link included, and never follows one: a reader sees
 * the old list or the new one, never a mix.  A termination
 * signal that arrived meanwhile takes the list away again before it is
 * delivered.  Only SIGKILL can leave the temporary; see
 * docs/callers-format.md.
 */
static bool write_atomically(const char *path, const char *text)
{
	char *tmp = concat(path, ".XXXXXX", NULL);
	size_t len = strlen(text);
	sigset_t hold, old, pending;
	mode_t mask = umask(0);
	bool ok = false, ending = false;
	int fd, saved_errno = 0;

	umask(mask);
	sigemptyset(&hold);
	for (size_t i = 0; i < ARRAY_SIZE(termination_signals); i++)
		sigaddset(&hold, termination_signals[i]);
	sigprocmask(SIG_BLOCK, &hold, &old);
	fd = mkostemp(tmp, O_NOFOLLOW | O_CLOEXEC);
	if (fd >= 0) {
		ok = write(fd, text, len) == (ssize_t)len &&
		     fchmod(fd, 0666 & ~mask) == 0;
		if (close(fd) != 0)
			ok = false;
		ok = ok && rename(tmp, path) == 0;
		saved_errno = errno;
		if (!ok)
			unlink(tmp);
	} else {
		saved_errno = errno;
	}
	sigpending(&pending);
	for (size_t i = 0; i < ARRAY_SIZE(termination_signals); i++)
		if (sigismember(&pending, termination_signals[i]) &&
		    !sigismember(&old, termination_signals[i]))
			ending = true;
	if (ok && ending)
		unlink(path);
	sigprocmask(SIG_SETMASK, &old, NULL);
	if (!ok) {
		errno = saved_errno;
		error_at(UNKNOWN_LOCATION,
			 "cannot write the callers list %qs: %m", path);
	}
	free(tmp);
	return ok;
}

/*
 * The same bytes in a section the linker neither loads nor keeps: "e" is
 * SHF_EXCLUDE (gas, obj_elf_parse_section_letters), see LP_FORMAT_SECTION.
 */
static void embed_in_object(const char *text)
{
	fprintf(asm_out_file, "\t.pushsection\t%s,\"e\",@progbits\n",
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

/* The list, once embedded: what finish_unit hands to finish. */
static char *unit_text;

/*
 * PLUGIN_FINISH_UNIT: the recorder has seen every function expanded, and
 * asm_out_file is still open for the section.
 */
static void finish_unit(void *gcc_data, void *user_data)
{
	const struct lp_config *cfg = (const struct lp_config *)user_data;

	(void)gcc_data;
	if (compile_failed() || !lp_callers_started() || is_probe_compile())
		return;
	unit_text = build_text(cfg);
	if (unit_text)
		embed_in_object(unit_text);
}

/*
 * PLUGIN_FINISH: the last moment cc1 runs plugin code.  The assembly file
 * is closed (an error writing it was fatal before this), every diagnostic
 * is counted, and toplev.cc decides the exit status right after.  An error
 * reported here still fails the compile.
 */
static void finish(void *gcc_data, void *user_data)
{
	const struct lp_config *cfg = (const struct lp_config *)user_data;
	char *path, *text;

	(void)gcc_data;
	if (!unit_text)
		return;
	path = list_path(cfg);
	if (!compile_failed() && !driver_gone() &&
	    !output_cannot_be_created() &&
	    list_place(path) == LP_PLACE_FILE) {
		text = side_text(path, unit_text);
		if (text)
			write_atomically(path, text);
		free(text);
	}
	free(path);
	free(unit_text);
	unit_text = NULL;
}

void lp_emit_register(const struct lp_config *cfg)
{
	driver_pid = getppid();
	register_callback(cfg->plugin_name, PLUGIN_FINISH_UNIT, finish_unit,
			  (void *)cfg);
	register_callback(cfg->plugin_name, PLUGIN_FINISH, finish,
			  (void *)cfg);
}
