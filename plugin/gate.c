// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Pass gating: silent summaries that GCC computes without any -f flag to
 * turn them off, and that -flive-patching therefore leaves on.
 *
 * - nothrow discovery.  The GIMPLE pass "nothrow" (ipa-pure-const.cc,
 *   pass_nothrow) and the RTL pass "nothrow" (except.cc,
 *   set_nothrow_function_flags) set TREE_NOTHROW on a function whose body
 *   cannot throw.  Callers compiled afterwards drop their landing pads and
 *   EH edges around the call.  The GIMPLE pass is gated off; the RTL pass
 *   must still run (it computes crtl->nothrow for the function's own unwind
 *   data), so the decl's TREE_NOTHROW is put back once the function is
 *   compiled, before any caller can read it.
 *
 * - frequency propagation.  ipa_propagate_frequency (ipa-profile.cc) moves
 *   callers' execution frequency into local callees: a static function
 *   called only from unlikely code is marked unlikely (optimized for size,
 *   placed in .text.unlikely), one called only from constructors goes to
 *   .text.startup.  It is called not only by the ipa-profile pass that
 *   -fno-ipa-profile disables, but also by inline_update_callee_summaries
 *   and remove_unreachable_nodes (ipa.cc).  Each function's own estimate is
 *   taken right after its "profile_estimate" pass and restored before every
 *   IPA pass and before the function is compiled, so only its own body
 *   decides.
 */
#include "livepatch.h"

static const pass_data snapshot_frequency_pass_data = {
	GIMPLE_PASS,
	"livepatch_frequency",
	OPTGROUP_NONE,
	TV_NONE,
	PROP_cfg,
	0, 0, 0, 0,
};

/* The frequency a function's own body gives it, keyed by DECL_UID. */
static hash_map<int_hash<int, -1, -2>, unsigned> *own_frequency;

static unsigned pack_frequency(struct cgraph_node *node)
{
	return node->frequency | node->only_called_at_startup << 2 |
	       node->only_called_at_exit << 3;
}

static void unpack_frequency(struct cgraph_node *node, unsigned packed)
{
	node->frequency = (enum node_frequency)(packed & 3);
	node->only_called_at_startup = (packed >> 2) & 1;
	node->only_called_at_exit = (packed >> 3) & 1;
}

static unsigned int snapshot_frequency(function *fun)
{
	struct cgraph_node *node = cgraph_node::get(fun->decl);

	if (node && !node->inlined_to)
		own_frequency->put(DECL_UID(fun->decl), pack_frequency(node));
	return 0;
}

class pass_snapshot_frequency : public gimple_opt_pass {
public:
	pass_snapshot_frequency(gcc::context *ctxt)
		: gimple_opt_pass(snapshot_frequency_pass_data, ctxt)
	{
	}
	unsigned int execute(function *fun) final override
	{
		return snapshot_frequency(fun);
	}
};

/* The function whose source a clone's body came from. */
static tree origin_decl(struct cgraph_node *node)
{
	while (node->clone_of)
		node = node->clone_of;
	return node->former_clone_of ? node->former_clone_of : node->decl;
}

static void restore_frequency(struct cgraph_node *node)
{
	unsigned *packed;

	if (!node || node->inlined_to)
		return;
	packed = own_frequency->get(DECL_UID(origin_decl(node)));
	if (packed)
		unpack_frequency(node, *packed);
}

static void restore_all_frequencies(void)
{
	struct cgraph_node *node;

	FOR_EACH_DEFINED_FUNCTION(node)
		restore_frequency(node);
}

static bool is_pass(opt_pass *pass, enum opt_pass_type type, const char *name)
{
	return pass && pass->type == type && !strcmp(pass->name, name);
}

static void override_gate(void *gcc_data, void *user_data)
{
	bool *gate_status = (bool *)gcc_data;

	(void)user_data;
	if (is_pass(current_pass, GIMPLE_PASS, "nothrow"))
		*gate_status = false;
	else if (current_pass && *gate_status &&
		 (current_pass->type == IPA_PASS ||
		  current_pass->type == SIMPLE_IPA_PASS))
		restore_all_frequencies();
}

/*
 * The function being compiled is remembered here, not looked up again at
 * PLUGIN_ALL_PASSES_END: a pass that returns TODO_discard_function pops
 * the function before the passes end (passes.cc, execute_one_pass), so
 * current_function_decl is then NULL.  omp-offload.cc does that on the
 * host for an OpenACC routine with a nohost clause (GCC 12 and later), and
 * GCC 13's pass_assumptions (tree-assume.cc) for every function it
 * outlines from an assume attribute (FN._assume.N).
 */
static tree compiled_decl;
static bool saved_nothrow;

static void start_function(void *gcc_data, void *user_data)
{
	(void)gcc_data;
	(void)user_data;
	compiled_decl = current_function_decl;
	saved_nothrow = TREE_NOTHROW(compiled_decl);
	restore_frequency(cgraph_node::get(compiled_decl));
}

static void finish_function(void *gcc_data, void *user_data)
{
	(void)gcc_data;
	(void)user_data;
	if (compiled_decl)
		TREE_NOTHROW(compiled_decl) = saved_nothrow;
	compiled_decl = NULL_TREE;
}

void lp_register_gates(void)
{
	struct register_pass_info snapshot = {
		new pass_snapshot_frequency(g),
		"profile_estimate", 1, PASS_POS_INSERT_AFTER,
	};

	own_frequency = new hash_map<int_hash<int, -1, -2>, unsigned>;
	register_callback(lp_plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL,
			  &snapshot);
	register_callback(lp_plugin_name, PLUGIN_OVERRIDE_GATE, override_gate,
			  NULL);
	register_callback(lp_plugin_name, PLUGIN_ALL_PASSES_START,
			  start_function, NULL);
	register_callback(lp_plugin_name, PLUGIN_ALL_PASSES_END,
			  finish_function, NULL);
}
