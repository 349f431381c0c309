/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Every pass the plugin adds to GCC's pipeline, in one table: its type,
 * its name (which names its dump: -fdump-ipa-NAME, -fdump-tree-NAME or
 * -fdump-rtl-NAME, and which -fdisable-*-NAME would turn off), the IL
 * properties it needs, and where it goes.  The kernel's plugins declare
 * their passes with generator headers
 * (scripts/gcc-plugins/gcc-generate-*-pass.h); here one X-macro generates
 * each pass_data and plugin/pass.c registers the one class template a
 * pass needs, so no concern writes a pass class or a pass_data by hand.
 *
 * Guards against a pass whose pass_data fields drift out of order (it is
 * an aggregate: a field in the wrong place still compiles), a second
 * hand-written class per pass, and a pass that decides something no dump
 * shows: each pass writes its decisions to dump_file (GCC opens it for the
 * pass with -fdump-...-NAME, passes.cc, execute_one_pass).
 */
#ifndef LIVEPATCH_PASS_H
#define LIVEPATCH_PASS_H

#include "gcc-compat.h"

/*
 * X(id, type, name, properties_required, reference pass, position)
 *   INTERPOSE  interpose.c: globals made opaque, before the first IPA pass
 *              that reads visibility (ipa-visibility.cc)
 *   FREQUENCY  gate.c: each function's own frequency, right after its
 *              profile estimate (predict.cc, pass_profile)
 *   NORETURN   noreturn.c: static functions found noreturn, at the same
 *              point, where the CFG is final enough to see no exit edge
 *   EMITTED    callers.c: what is emitted under which symbol, just before
 *              "final" (bb-reorder has decided the .cold part)
 *   STRUB_DECLARED, STRUB  strub.c (GCC 14+): strub modes named in the
 *              source, before "strubm"; modes it chose, after it
 */
#define LP_PASSES(X)							\
	X(INTERPOSE, SIMPLE_IPA_PASS, "livepatch_interpose", 0,	\
	  "visibility", PASS_POS_INSERT_BEFORE)				\
	X(FREQUENCY, GIMPLE_PASS, "livepatch_frequency", PROP_cfg,	\
	  "profile_estimate", PASS_POS_INSERT_AFTER)			\
	X(NORETURN, GIMPLE_PASS, "livepatch_noreturn", PROP_cfg,	\
	  "profile_estimate", PASS_POS_INSERT_AFTER)			\
	X(EMITTED, RTL_PASS, "livepatch_emitted", 0,			\
	  "final", PASS_POS_INSERT_BEFORE)				\
	X(STRUB_DECLARED, SIMPLE_IPA_PASS, "livepatch_strub_declared", 0, \
	  "strubm", PASS_POS_INSERT_BEFORE)				\
	X(STRUB, SIMPLE_IPA_PASS, "livepatch_strub", 0,		\
	  "strubm", PASS_POS_INSERT_AFTER)

enum lp_pass_id {
#define LP_PASS_ENUM(id, type, name, props, ref, pos) LP_PASS_##id,
	LP_PASSES(LP_PASS_ENUM)
#undef LP_PASS_ENUM
	LP_PASS_END
};

/*
 * GCC's pass_data (tree-pass.h), every field named once:
 *   type                  GIMPLE_PASS (per function, GIMPLE), RTL_PASS
 *                         (per function, RTL), SIMPLE_IPA_PASS (once per
 *                         unit, no summaries)
 *   name                  the dump's name; never starts with '*', which
 *                         would turn the dump off
 *   optinfo_flags         OPTGROUP_NONE: decisions go to the dump, not to
 *                         -fopt-info, which is about optimizations made
 *   tv_id                 TV_NONE: timed with the pass it runs beside
 *   properties_required   PROP_cfg where the pass reads the CFG
 *   properties_provided, properties_destroyed   none: no pass changes
 *                         the IL's form
 *   todo_flags_start, todo_flags_finish         none: no pass changes
 *                         the IL, so nothing is to verify or clean up
 */
#define LP_PASS_DATA(id, type, name, props, ref, pos)			\
	{ type, name, OPTGROUP_NONE, TV_NONE, props, 0, 0, 0, 0 },

/* plugin/pass.c: register pass ID of the table, which calls RUN with the
 * function it runs on (NULL for a simple IPA pass, which runs once per
 * unit) and returns what RUN returns, its TODO flags. */
void lp_pass_register(const char *plugin_name, enum lp_pass_id id,
		      unsigned int (*run)(function *fun));

/* The dump of pass ID, opened for appending when it was asked for, else
 * NULL: for what a callback decides outside the pass (dumpfile.h,
 * dump_begin).  Close it with lp_pass_dump_end. */
FILE *lp_pass_dump_begin(enum lp_pass_id id);
void lp_pass_dump_end(enum lp_pass_id id, FILE *stream);

#endif /* LIVEPATCH_PASS_H */
