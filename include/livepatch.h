/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What the plugin's files share: the mode the user chose and the entry
 * points each concern exposes to plugin_init (livepatch.c).
 */
#ifndef LIVEPATCH_H
#define LIVEPATCH_H

#include "gcc-compat.h"
#include "callers-format.h"

#define LP_PLUGIN_VERSION "0.1"

enum lp_mode {
	/* Globals opaque to IPA; static functions may be inlined only. */
	LP_MODE_INLINE_ONLY_STATIC,
	/* Inlining and cloning kept for all functions, and tracked. */
	LP_MODE_INLINE_CLONE,
};

extern enum lp_mode lp_mode;
extern const char *lp_plugin_name;

const char *lp_mode_name(enum lp_mode mode);
bool lp_parse_mode(const char *value, enum lp_mode *mode);

/* options.c */
bool lp_enforce_command_line(void);
void lp_enforce_function_options(void);

/* interpose.c */
void lp_make_globals_interposable(void);

/* callers.c: which emitted symbols hold code a function's source decides */

typedef void (*lp_patch_fn)(const char *symbol, enum lp_reason why, bool cold,
			    void *data);
typedef void (*lp_source_fn)(int source, const char *name, bool emitted,
			     void *data);

void lp_callers_init(void);
void lp_callers_start(void);
void lp_callers_finish_ipa(void);
void lp_callers_emitted(tree decl, bool has_cold_part);
void lp_callers_noreturn(tree decl);
bool lp_callers_started(void);
void lp_callers_for_each_source(lp_source_fn fn, void *data);
void lp_callers_for_each_patch(int source, lp_patch_fn fn, void *data);
const char *lp_why_name(enum lp_reason why);

/* emit.c: the list beside the object and inside it */
bool lp_emit_configure(const char *value);
bool lp_callers_enabled(void);
void lp_emit_register(void);

/* noreturn.c */
void lp_noreturn_register(void);

/* gate.c */
void lp_register_gates(void);

/* strub.c */
void lp_strub_register(void);

#endif /* LIVEPATCH_H */
