// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Option enforcement: the -f flags behind GCC's silent interprocedural
 * summaries are forced off, on the command line and in every function's
 * own optimization node.
 *
 * Each flag below lets GCC compile one function using facts it derived from
 * another function's body (its clobbered registers, its purity, the memory
 * it touches, its stack alignment, ...) without leaving any record.  A live
 * patch of the callee then silently invalidates the caller.  Turning such a
 * flag back on, explicitly on the command line or through an optimize
 * attribute or #pragma GCC optimize, is an error naming the flag, never a
 * silent override.  An -O level inside an attribute or pragma re-derives the
 * defaults (c-family parse_optimize_options replays the command line and the
 * attribute through decode_options), which turns the flags back on without
 * marking them explicit: those are forced off again, silently, per function.
 */
#include "livepatch.h"

struct lp_flag {
	const char *option;	/* as the user spells it */
	size_t offset;		/* of the int in struct gcc_options */
	bool cloning;		/* kept on in inline-clone mode */
};

/* The size check fails the build if GCC ever stores one of these as
 * anything but an int in struct gcc_options. */
#define LP_FLAG(field, option, cloning)					\
	{ option, offsetof(struct gcc_options, x_##field) +		\
		  0 * sizeof(char[sizeof(global_options.x_##field) ==	\
				  sizeof(int) ? 1 : -1]), cloning }

static const struct lp_flag lp_flags[] = {
	/* Silent summaries: off in every mode (GCC opts.cc,
	 * control_options_for_live_patching, both levels). */
	LP_FLAG(flag_ipa_ra, "-fipa-ra", false),
	LP_FLAG(flag_ipa_pure_const, "-fipa-pure-const", false),
	LP_FLAG(flag_ipa_modref, "-fipa-modref", false),
	LP_FLAG(flag_ipa_reference, "-fipa-reference", false),
	LP_FLAG(flag_ipa_reference_addressable,
		"-fipa-reference-addressable", false),
	LP_FLAG(flag_ipa_stack_alignment, "-fipa-stack-alignment", false),
	LP_FLAG(flag_ipa_icf, "-fipa-icf", false),
	LP_FLAG(flag_ipa_icf_functions, "-fipa-icf-functions", false),
	LP_FLAG(flag_ipa_icf_variables, "-fipa-icf-variables", false),
	LP_FLAG(flag_ipa_vrp, "-fipa-vrp", false),
	LP_FLAG(flag_ipa_bit_cp, "-fipa-bit-cp", false),
	LP_FLAG(flag_ipa_pta, "-fipa-pta", false),
	/* Beyond -flive-patching: ipa-profile propagates callers' execution
	 * frequency and startup/exit-only facts into local callees
	 * (ipa-profile.cc, ipa_propagate_frequency). */
	LP_FLAG(flag_ipa_profile, "-fipa-profile", false),
	/* Cloning: off at the default level (GCC's inline-only-static). */
	LP_FLAG(flag_ipa_cp, "-fipa-cp", true),
	LP_FLAG(flag_ipa_cp_clone, "-fipa-cp-clone", true),
	LP_FLAG(flag_ipa_sra, "-fipa-sra", true),
	LP_FLAG(flag_partial_inlining, "-fpartial-inlining", true),
};

static int *flag_in(struct gcc_options *opts, const struct lp_flag *flag)
{
	return (int *)((char *)opts + flag->offset);
}

static bool flag_is_gated(const struct lp_config *cfg,
			  const struct lp_flag *flag)
{
	return !flag->cloning || cfg->mode == LP_MODE_INLINE_ONLY_STATIC;
}

/*
 * Force every gated flag off in OPTS.  A flag the user set explicitly is an
 * error; DECL names the function whose optimize attribute or pragma did it,
 * or is NULL for the command line.  Returns false after an error.
 */
static bool force_flags_off(const struct lp_config *cfg,
			    struct gcc_options *opts,
			    struct gcc_options *opts_set, tree decl)
{
	bool ok = true;

	for (size_t i = 0; i < ARRAY_SIZE(lp_flags); i++) {
		const struct lp_flag *flag = &lp_flags[i];
		int *value = flag_in(opts, flag);

		if (!flag_is_gated(cfg, flag))
			continue;
		if (*value && *flag_in(opts_set, flag)) {
			if (decl)
				error_at(DECL_SOURCE_LOCATION(decl),
					 "%qs in the optimize attribute or pragma of %qD conflicts with %<-fplugin-arg-%s-mode=%s%>",
					 flag->option, decl, cfg->plugin_name,
					 lp_mode_name(cfg->mode));
			else
				error("%qs conflicts with %<-fplugin-arg-%s-mode=%s%>",
				      flag->option, cfg->plugin_name,
				      lp_mode_name(cfg->mode));
			ok = false;
		}
		*value = 0;
	}
	return ok;
}

/*
 * Whole-program and link-time optimization see every translation unit at
 * once: a function's body then leaks into callers in other objects, which
 * no per-object callers list can describe.
 */
static bool reject_whole_program(const struct lp_config *cfg)
{
	const char *what = NULL;

	if (flag_lto || flag_generate_lto)
		what = "-flto";
	else if (flag_whole_program)
		what = "-fwhole-program";
	else if (!strcmp(lang_hooks.name, "GNU GIMPLE"))
		what = "-flto";
	if (!what)
		return true;
	error("%qs is not supported with the %qs plugin: it lets function bodies cross object files",
	      what, cfg->plugin_name);
	return false;
}

/*
 * GCC's own -flive-patching=inline-only-static forbids the cloning that
 * inline-clone mode promises; refuse the combination instead of letting
 * one silently win.
 */
static bool reject_live_patching_conflict(const struct lp_config *cfg)
{
	if (cfg->mode != LP_MODE_INLINE_CLONE ||
	    flag_live_patching != LIVE_PATCHING_INLINE_ONLY_STATIC)
		return true;
	error("%<-flive-patching=inline-only-static%> conflicts with %<-fplugin-arg-%s-mode=%s%>",
	      cfg->plugin_name, lp_mode_name(cfg->mode));
	return false;
}

/*
 * A function with an optimize attribute, or defined under #pragma GCC
 * optimize, carries its own option node, built from the command line plus
 * its own options.  Re-check each before any IPA pass reads it: at
 * PLUGIN_ALL_IPA_PASSES_START the unit is parsed and no IPA pass has run.
 */
static void enforce_function_options(void *gcc_data, void *user_data)
{
	const struct lp_config *cfg = (const struct lp_config *)user_data;
	struct cgraph_node *node;
	bool changed = false;

	(void)gcc_data;
	FOR_EACH_FUNCTION(node) {
		tree decl = node->decl;
		tree opts = DECL_FUNCTION_SPECIFIC_OPTIMIZATION(decl);

		if (!opts || opts == optimization_default_node)
			continue;
		cl_optimization_restore(&global_options, &global_options_set,
					TREE_OPTIMIZATION(opts));
		force_flags_off(cfg, &global_options, &global_options_set,
				decl);
		DECL_FUNCTION_SPECIFIC_OPTIMIZATION(decl) =
			build_optimization_node(&global_options,
						&global_options_set);
		changed = true;
	}
	if (changed)
		cl_optimization_restore(&global_options, &global_options_set,
			TREE_OPTIMIZATION(optimization_default_node));
}

/*
 * Called from plugin_init, after GCC decoded the command line and before
 * process_options() snapshots it into optimization_default_node, so every
 * function without its own optimize attribute inherits the result.
 * Returns false after an error, with nothing registered.
 */
bool lp_options_register(const struct lp_config *cfg)
{
	bool ok = reject_whole_program(cfg);

	ok &= reject_live_patching_conflict(cfg);
	ok &= force_flags_off(cfg, &global_options, &global_options_set,
			      NULL_TREE);
	if (!ok)
		return false;
	/* Changes only option nodes, never the call graph: its order among
	 * the other PLUGIN_ALL_IPA_PASSES_START callbacks does not matter. */
	register_callback(cfg->plugin_name, PLUGIN_ALL_IPA_PASSES_START,
			  enforce_function_options, (void *)cfg);
	return true;
}
