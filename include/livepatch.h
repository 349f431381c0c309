/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What the plugin's files share: the one configuration plugin_init
 * (livepatch.c) parses from the arguments, and the entry point each concern
 * registers through.  Data flows one way, in the order of the declarations
 * below: options, interposition and gates shape what GCC's IPA may do, the
 * recorder observes what it did, the writer turns that into the list.
 */
#ifndef LIVEPATCH_H
#define LIVEPATCH_H

#include "gcc-compat.h"
#include "callers-format.h"
#include "livepatch-version.h"
#include "livepatch-pass.h"

/*
 * LP_MODE_INLINE_ONLY_STATIC: globals opaque to IPA; static functions may
 * be inlined only.  LP_MODE_INLINE_CLONE: inlining and cloning kept for
 * all functions, and tracked.  Names: LP_FORMAT_MODES (callers-format.h).
 */
enum lp_mode {
#define LP_FORMAT_MODE_ENUM(id, name) LP_MODE_##id,
	LP_FORMAT_MODES(LP_FORMAT_MODE_ENUM)
#undef LP_FORMAT_MODE_ENUM
	LP_MODE_END
};

/*
 * The plugin's whole configuration: parsed once from the plugin arguments
 * by plugin_init (livepatch.c), never written afterwards, and handed to
 * each concern when it registers.  No concern keeps settings of its own.
 */
struct lp_config {
	const char *plugin_name;	/* base name GCC loaded us under */
	enum lp_mode mode;
	bool callers;			/* record and write the callers list */
	const char *callers_path;	/* NULL: beside the object */
};

/* config.c, a leaf every concern may call: the mode's name in the list and
 * in messages, and the mode a name stands for (false: none). */
const char *lp_mode_name(enum lp_mode mode);
bool lp_mode_parse(const char *name, enum lp_mode *mode);

/* options.c: false after an error on the command line */
bool lp_options_register(const struct lp_config *config);

/* interpose.c */
void lp_interpose_register(const struct lp_config *config);

/* gate.c */
void lp_gates_register(const struct lp_config *config);

/* callers.c, the recorder: which emitted symbols hold code a function's
 * source decides */

typedef void (*lp_patch_fn)(const char *symbol, enum lp_reason why, bool cold,
			    void *data);
/* Where a function's definition is: PATH as in debug information, its
 * declaration's first line and its closing brace's line. */
struct lp_location {
	const char *file;
	int first;
	int last;
	const char *source_file;	/* FILE as libcpp names it (source.c) */
};

/* A macro definition in a file: lines FIRST (its '#') to LAST (its last
 * token's), FILE as libcpp names it. */
struct lp_macro_def {
	const char *file;
	int first;
	int last;
	const char *name;
};

/* WHERE is NULL for a function without a place in the source. */
typedef void (*lp_source_fn)(int source, const char *name, bool emitted,
			     const struct lp_location *where, void *data);

void lp_callers_register(const struct lp_config *config);
void lp_callers_noreturn(tree decl);
bool lp_callers_started(void);
void lp_callers_for_each_source(lp_source_fn fn, void *data);
void lp_callers_for_each_patch(int source, lp_patch_fn fn, void *data);
/* The macro definitions SOURCE's definition expanded, each once. */
void lp_callers_for_each_macro(int source,
			       void (*fn)(const struct lp_macro_def *def,
					  void *data),
			       void *data);

/* location.c */
bool lp_definition_location(tree decl, struct lp_location *where);
void lp_for_each_file_read(void (*fn)(const char *path, void *data),
			   void *data);

/* source.c: digests of the files read, macros expanded; registered by
 * the recorder */
void lp_source_register(const struct lp_config *config);
void lp_for_each_digest(void (*fn)(const char *path, const char *hex,
				   void *data), void *data);
bool lp_macros_untracked(void);
const struct lp_macro_def *lp_macro_definition(int def);
void lp_macros_for_functions(const struct lp_location *const *where,
			     unsigned n,
			     void (*fn)(unsigned i, int def, void *data),
			     void *data);

/* noreturn.c: reports to the recorder, so registered after it */
void lp_noreturn_register(const struct lp_config *config);

/* emit.c, the writer: the recorder's graph beside the object and in it */
void lp_emit_register(const struct lp_config *config);

/* dump.c: the lists in the dump of livepatch_emitted */
void lp_dump_register(const struct lp_config *config);

/* strub.c */
void lp_strub_register(const struct lp_config *config);

#endif /* LIVEPATCH_H */
