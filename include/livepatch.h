/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What the plugin's files share: the mode the user chose and the entry
 * points each concern exposes to plugin_init (livepatch.c).
 */
#ifndef LIVEPATCH_H
#define LIVEPATCH_H

#include "gcc-compat.h"

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
bool lp_is_interposed(tree decl);

/* gate.c */
void lp_register_gates(void);

#endif /* LIVEPATCH_H */
