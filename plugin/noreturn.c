// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Noreturn discovery for static functions, kept and recorded.
 *
 * -fno-ipa-pure-const (forced off with every other silent summary) also
 * stops GCC from noticing that a static function never returns
 * (ipa-pure-const.cc, pass_local_pure_const: no edge reaches the exit
 * block).  Callers then keep code after the call, and objtool, which does
 * find the dead end, warns "unreachable instruction": the reason upstream
 * gave when it reverted -flive-patching from Kbuild.  So the discovery is
 * done here, for static functions only, and every caller whose code relies
 * on it is put on the function's callers list (calls-noreturn), where
 * callers.c can see each call edge to it.  Global functions are left alone:
 * at the default level they are interposable, and in inline-clone mode their
 * callers in other objects could not be listed.
 */
#include "livepatch.h"

static unsigned int discover_noreturn(function *fun)
{
	tree decl = fun->decl;

	if (TREE_PUBLIC(decl) || TREE_THIS_VOLATILE(decl) ||
	    EDGE_COUNT(EXIT_BLOCK_PTR_FOR_FN(fun)->preds) != 0)
		return 0;
	/* What cgraph_node::set_noreturn_flag does for a function without
	 * aliases; callers' fixup_cfg then drops the code after the call. */
	TREE_THIS_VOLATILE(decl) = 1;
	lp_callers_noreturn(decl);
	if (dump_file)
		fprintf(dump_file, "%s: made noreturn (no edge reaches its exit block); its callers are recorded as calls-noreturn\n",
			cgraph_node::get(decl)->dump_name());
	return 0;
}

/* Only with the callers list on: without it nothing would record whom the
 * discovery lets depend on the function's body.  plugin_init registers it
 * after the recorder, which it reports each discovery to. */
void lp_noreturn_register(const struct lp_config *cfg)
{
	if (!cfg->callers)
		return;
	lp_pass_register(cfg->plugin_name, LP_PASS_NORETURN, discover_noreturn);
}
