/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Shared declarations of livepatch-callers, the query tool for the callers
 * lists the plugin writes (docs/callers-format.md):
 *   callers-list.c        strict parser of the text format
 *   callers-elf.c         the lists inside ELF objects, executables and
 *                         ar archives (plain and GNU thin); a target's
 *                         symbol table for --klp
 *   callers-klp.c         --klp: the klp_func table of a live patch
 *   callers-source.c      the files a list's unit read (digests) and the
 *                         functions that expanded a macro (--macro)
 *   callers-diff.c        the diff reader; callers-patch.c, --patch;
 *                         callers-decl.c, a source's declarations
 *   json.c                JSON strings for --json
 *   livepatch-callers.c   options, directory walk, queries, output
 * built on the tools' shared files: elf.c (the ELF reader) and util.c
 * (allocation, messages, opening regular files only).
 */
#ifndef LIVEPATCH_CALLERS_H
#define LIVEPATCH_CALLERS_H

#include <stdbool.h>
#include <stddef.h>

#include "callers-format.h"
#include "util.h"

struct cl_function {
	const char *name;
	bool emitted;
	/* Where it is defined (version 2): NULL when the list does not say. */
	const char *file;
	unsigned long first, last;
};

struct cl_patch {
	const char *name;
	const char *symbol;
	enum lp_reason why;
};

/* Version 4: a digest of a file the unit read (SHA-256, 64 hex digits). */
struct cl_digest {
	const char *path;
	const char *hex;
};

/* Version 4: FUNCTION expanded MACRO, defined at lines FIRST..LAST of FILE. */
struct cl_macro {
	const char *function;
	const char *file;
	unsigned long first, last;
	const char *name;
};

/*
 * One list: one translation unit.  The strings point into STORAGE, a copy
 * of TEXT whose separators were replaced by NULs; each list owns its own.  Records are kept in file
 * order, which the format guarantees is sorted, so lookups bisect.
 */
struct cl_list {
	const char *origin;	/* the file, object or archive member */
	const char *source;
	const char *mode;
	const char *output;	/* version 3, a list beside its object: the
				 * output it was written for, or NULL */
	int version;
	const char **files;	/* version 2: every file the unit read */
	size_t nfiles;
	char *text;		/* the list's bytes, verbatim */
	size_t text_len;
	char *storage;
	struct cl_function *functions;
	size_t nfunctions;
	struct cl_patch *patches;
	size_t npatches;
	struct cl_digest *digests;	/* version 4, sorted by path */
	size_t ndigests;
	struct cl_macro *macros;	/* version 4, sorted by function */
	size_t nmacros;
	bool macros_untracked;	/* version 4: the unit made no macro maps */
};

struct cl_set {
	struct cl_list **lists;
	size_t nlists;
	size_t alloc;
};

/* callers-list.c */
/* The one warning for lists of versions 1 to 3 read so far, if any:
 * truncation cannot be detected in them (docs/callers-format.md). */
void cl_old_versions_warning(void);
/* Length of the valid UTF-8 sequence at S (LEFT > 0 bytes), 0 if none. */
size_t cl_utf8_length(const unsigned char *s, size_t left);
/*
 * Parse DATA (LEN bytes: one list, or several one after another as a final
 * link concatenates them) read from ORIGIN and append the lists to SET.
 * On malformed input print "ORIGIN:LINE: message" and return -1, adding
 * none of DATA's lists to SET.
 */
int cl_parse(struct cl_set *set, const char *origin, const char *data,
	     size_t len);
/* The length of LIST's header, source and mode lines, which come first. */
size_t cl_header_length(const struct cl_list *list);
/*
 * Whether DATA (LEN bytes, the callers section of an object or linked
 * binary: lists one after another) holds LIST, output record aside: the
 * list beside an object is the one inside it plus that record.
 */
bool cl_holds_list(const char *data, size_t len, const struct cl_list *list);
const struct cl_function *cl_find_function(const struct cl_list *list,
					   const char *name);
/* The patch records of NAME: [*first, *first + return value). */
size_t cl_find_patches(const struct cl_list *list, const char *name,
		       const struct cl_patch **first);
void cl_list_free(struct cl_list *list);
void cl_set_free(struct cl_set *set);

/* callers-elf.c */
/* What one ELF file holds. */
struct cl_elf {
	char *data;		/* the callers sections, concatenated */
	size_t len;
	bool has_list;		/* at least one callers section */
	bool has_code;		/* a non-empty executable section */
	bool from_assembler;	/* has code and no list, and was assembled
				 * from .S/.s, not compiled: no C function */
};

/*
 * What to do with each thing cl_read_input finds.  LABEL names it in
 * messages: the path, or "lib.a(foo.o)" for a member of an archive (the
 * member's own path for a thin archive, whose members are separate files).
 * A non-zero return stops the reading and is returned.
 */
struct cl_reader {
	int (*object)(struct cl_reader *r, const char *label,
		      const struct cl_elf *elf);
	int (*text)(struct cl_reader *r, const char *label, const char *data,
		    size_t len);
	/* False when this file (device, inode) was read before: a thin
	 * archive names objects that a directory walk also finds. */
	bool (*first_visit)(struct cl_reader *r, unsigned long long dev,
			    unsigned long long ino);
};

/*
 * Read PATH: an ELF file (object, executable, vmlinux), an ar archive of
 * them (plain or GNU thin), or else a callers list.  Archive members that
 * are neither ELF nor a callers list are skipped: they are not objects.
 * Returns -1 after printing "PATH: message" when PATH is unreadable or
 * malformed, else the first non-zero callback result, or 0.
 */
int cl_read_input(struct cl_reader *r, const char *path);
/* The whole of a file, NUL-terminated; NULL after printing a message. */
char *cl_read_file(const char *path, size_t *len);

/*
 * A target's symbols as kallsyms sees them (cl_read_symbols), in symbol
 * table order; for livepatch-callers --klp.
 */
struct cl_symbol {
	const char *name;
	const char *file;	/* the STT_FILE before a local symbol, or NULL */
	unsigned long long value;
	size_t index;		/* in the symbol table */
};

struct cl_symtab {
	bool relocatable;	/* ET_REL: a module, else vmlinux (ET_EXEC) */
	char *strings;
	struct cl_symbol *symbols;
	size_t nsymbols;
};

/* The kallsyms-visible symbols of the ELF file PATH; -1 after a message. */
int cl_read_symbols(const char *path, struct cl_symtab *out);
void cl_symtab_free(struct cl_symtab *t);

/* callers-source.c: the files a list's unit read, and its macros */
enum cl_digest_state {
	CL_DIGEST_SAME,		/* the file has the digest the list recorded */
	CL_DIGEST_DIFFERS,	/* it changed since the list was made */
	CL_DIGEST_UNRECORDED,	/* the list has no digest of it */
	CL_DIGEST_UNREADABLE,	/* not a regular file that can be read */
};

/*
 * Whether DISK, the file on disk that LIST names PATH (in its file
 * records), still has the digest LIST recorded for PATH.  *WHY says what
 * is wrong, for a message after the file's name, when the answer is not
 * CL_DIGEST_SAME.
 */
enum cl_digest_state cl_source_digest_check(const struct cl_list *list,
					    const char *path,
					    const char *disk,
					    const char **why);
/* The digest LIST recorded for PATH, or NULL. */
const char *cl_source_digest(const struct cl_list *list, const char *path);
/* SHA-256 of the regular file PATH as 64 hex digits into HEX; -1 (errno
 * set) when it cannot be read. */
int cl_file_sha256(const char *path, char hex[65]);

/* Whether a path a list holds (as the compiler was given it) names the
 * file PATH: the same after dropping "./", or one ends in "/" and the
 * other. */
bool cl_source_path_match(const char *list_path, const char *path);

/*
 * The functions that expanded a macro whose definition meets lines FIRST
 * to LAST of PATH (PATH matched with MATCH, cl_source_path_match when
 * NULL): FN(list, macro) for each macro record.  A list that read PATH but
 * cannot say who expanded its macros (a list of version 3 or older, or
 * one made without macro maps) is FN(list, NULL), once: every function of
 * it may.  A function that inlines one of them is on that one's list.
 */
typedef void (*cl_macro_user_fn)(const struct cl_list *list,
				 const struct cl_macro *macro, void *data);
void cl_macro_users(const struct cl_set *set, const char *path,
		    unsigned long first, unsigned long last,
		    bool (*match)(const char *list_path, const char *path),
		    cl_macro_user_fn fn, void *data);
/* --macro FILE:LINE or FILE:FIRST-LAST over SET: print the users; the
 * exit status. */
int cl_macro_answer(const struct cl_set *set, const char *spec);

/* callers-klp.c */
/* One symbol to replace: a name from a list and the list's source. */
struct cl_klp_symbol {
	const char *symbol;
	const char *source;
};

/*
 * Print the klp_func/klp_object table of a live patch that replaces SYMS
 * (N of them, the answer for WHAT: NWHAT functions, or a diff's path) in
 * TARGET, a module or vmlinux.
 * Returns the exit status: 0, 1 when a symbol is not in TARGET or cannot
 * be told apart from its namesakes, 2 when TARGET is unreadable; on
 * failure nothing is printed on stdout.
 */
int cl_klp_print(const char *const *what, size_t nwhat, const char *target,
		 const struct cl_klp_symbol *syms, size_t n);

/* callers-diff.c: a unified diff, as changes to the old tree's lines */
struct cl_diff_change {
	/* A removed line: its number in the old file.  Added lines: the old
	 * line they follow (0: the top of the file). */
	unsigned long line;
	bool removed;
	/* Added lines whose last one continues the declaration below them
	 * (include/declaration-start.h): they belong to what follows. */
	bool continues_declaration;
	/* Only empty or white-space lines: no code changes with them. */
	bool blank;
	/* Added lines: their text, one line after another (NUL-separated,
	 * NTEXT of them), to tell what they declare. */
	char **text;
	size_t ntext;
	unsigned long diff_line;	/* where in the diff, for messages */
};

/*
 * A hunk's old side, kept to place it by its text (callers-patch.c): the
 * context and removed lines in order, and the changes it holds.
 */
struct cl_diff_hunk {
	unsigned long start;	/* the header's old start line */
	unsigned long diff_line;	/* its "@@" line in the diff */
	char **old;		/* context and removed lines, without prefix */
	bool *removed;		/* [i]: old[i] is a removed line */
	size_t nold;
	size_t lead, trail;	/* context lines before the first and after
				 * the last change: what fuzz may drop */
	size_t first_change, nchanges;	/* its range of the file's changes */
};

struct cl_diff_file {
	char *old_path;		/* NULL: a new file */
	char *new_path;		/* NULL: a deleted file */
	char *copy_of;		/* git's "copy from": the unchanged original */
	unsigned long diff_line;	/* its first header line in the diff */
	bool git, has_headers, has_hunks;
	bool created, deleted, binary, mode_only;
	struct cl_diff_change *changes;
	size_t nchanges;
	struct cl_diff_hunk *hunks;
	size_t nhunks;
};

struct cl_diff {
	struct cl_diff_file *files;
	size_t nfiles;
};

/*
 * Parse DATA (LEN bytes, cut in place) read from ORIGIN into D.  STRIP is
 * patch(1)'s -p: the leading path components to drop from the diff's
 * paths, or -1 for the default (git's a/ and b/ when both are there).  On
 * malformed input print "ORIGIN:LINE: message" and return -1.
 */
int cl_diff_parse(struct cl_diff *d, const char *origin, char *data,
		  size_t len, int strip);
void cl_diff_free(struct cl_diff *d);
/* DATA (LEN bytes) cut in place into *N lines, NUL for LF (a CR before it
 * dropped too); the array is the caller's to free. */
char **cl_cut_lines(char *data, size_t len, size_t *n);

/* callers-decl.c: the top-level declarations of a C source, from its text */
/*
 * X(identifier, name in --patch's output, what the author must do, whether
 * it needs the author: exit status 3).
 */
#define CL_DECL_KINDS(X)						\
	X(OTHER, "outside")						\
	X(MACRO, "macro")						\
	X(DIRECTIVE, "directive")					\
	X(LAYOUT, "layout")						\
	X(FUNCTION, "not-kept")						\
	X(PROTOTYPE, "prototype")					\
	X(INITIALIZER, "initializer")					\
	X(GLOBAL, "global")						\
	X(INIT, "init")

enum cl_decl_kind {
#define CL_DECL_ENUM(id, name) CL_DECL_##id,
	CL_DECL_KINDS(CL_DECL_ENUM)
#undef CL_DECL_ENUM
	CL_DECL_END
};

struct cl_decl {
	unsigned long first, last;	/* its lines, from 1 */
	unsigned long body;	/* the line of its '{' at depth 0, or 0 */
	enum cl_decl_kind kind;
	bool init;		/* __init or __exit among its specifiers */
	char *name;		/* what it declares, "-" when unknown */
};

const char *cl_decl_kind_name(enum cl_decl_kind kind);
/* The declarations of the N LINES (a file, or lines a diff adds). */
size_t cl_scan_decls(char **lines, size_t n, struct cl_decl **out);
/* The declaration of DECLS (N) holding LINE, or NULL. */
const struct cl_decl *cl_decl_at(const struct cl_decl *decls, size_t n,
				 unsigned long line);
void cl_decls_free(struct cl_decl *decls, size_t n);

/* callers-patch.c: --patch, the symbols a fix's patch must replace */
struct patch_source;
struct cl_patch_query {
	struct cl_diff diff;
	const char *origin;	/* the diff's path, for messages */
	const char *dir;	/* -d: the tree's sources (relative paths) */
	bool *file_known;	/* [file]: some list read it */
	char *placed;		/* [file]: 0 not yet, 1 placed, -1 failed,
				 * -2 stale (tree_is_stale) */
	bool failed;		/* a hunk could not be placed: exit 2 */
	struct patch_source *sources;	/* [file]: its placed text */
	char **inside;		/* [file][change]: in some list's function */
	size_t old_lists;	/* version 1 lists seen */
	char *first_old_list;
	/* [file]: the SHA-256 of its text on disk, "" until computed; the
	 * lists' digests are checked against it (the stale tree). */
	char (*disk_sha256)[65];
	size_t undigested;	/* lists that read a changed file but
				 * record no digest of it */
	char *first_undigested;
};

/* After Q->diff is parsed: ORIGIN names the diff in messages; DIR is
 * where the sources are (relative paths of the diff and the lists). */
void cl_patch_init(struct cl_patch_query *q, const char *origin,
		   const char *dir);
/* Called for every list read; true when the answer needs LIST. */
bool cl_patch_needs_list(struct cl_patch_query *q, const struct cl_list *list);
/* Print the answer over SET (the lists kept), as JSON with JSON, as the
 * klp_func table of TARGET with KLP; the exit status. */
int cl_patch_answer(struct cl_patch_query *q, const struct cl_set *set,
		    bool json, const char *klp);
void cl_patch_free(struct cl_patch_query *q);

/* json.c: S as a JSON string on stdout, always valid JSON. */
void cl_json_string(const char *s);

#endif
