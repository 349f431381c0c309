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
 *
 * What is done to which pass is the table lp_gates below, as options.c's
 * flag table is for the analyses that have a flag.
 */
#include "livepatch.h"

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

	/* The names of enum node_frequency (cgraph.h), which GCC keeps
	 * static in cgraph.cc. */
	static const char *const names[] = {
		[NODE_FREQUENCY_UNLIKELY_EXECUTED] = "unlikely executed",
		[NODE_FREQUENCY_EXECUTED_ONCE] = "executed once",
		[NODE_FREQUENCY_NORMAL] = "normal",
		[NODE_FREQUENCY_HOT] = "hot",
	};

	if (!node || node->inlined_to)
		return 0;
	own_frequency->put(DECL_UID(fun->decl), pack_frequency(node));
	if (dump_file)
		fprintf(dump_file, "%s: own frequency %s%s%s, restored before every IPA pass and its compile\n",
			node->dump_name(), names[node->frequency & 3],
			node->only_called_at_startup ? ", startup" : "",
			node->only_called_at_exit ? ", exit" : "");
	return 0;
}

/*
 * The function whose profile estimate a clone's body carries: GCC's own
 * clone links (clone_of, former_clone_of once materialized), which
 * cgraph_node::create_clone sets for IPA-CP and IPA-SRA clones and whose
 * frequency it copies.  Not the recorder's origin_of (callers.c): that one
 * also follows bodies GCC has already freed and versions made from a body
 * (.part, target_clones), whose frequency create_version_clone does not
 * copy; it exists only with the callers list on, and this gate always runs.
 */
static tree profile_origin(struct cgraph_node *node)
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
	packed = own_frequency->get(DECL_UID(profile_origin(node)));
	if (packed)
		unpack_frequency(node, *packed);
}

static void restore_all_frequencies(void)
{
	struct cgraph_node *node;

	FOR_EACH_DEFINED_FUNCTION(node)
		restore_frequency(node);
}

/* The gate of "nothrow" (ipa-pure-const.cc) says no. */
static void gate_off(bool *gate_status)
{
	*gate_status = false;
}

/* An IPA pass that will run reads each function's own frequency. */
static void restore_before_ipa(bool *gate_status)
{
	if (*gate_status)
		restore_all_frequencies();
}

/*
 * What is done when a pass without a flag is about to be gated: one row per
 * pass (or every pass of a type when NAME is NULL); the first row that
 * matches acts.  A new analysis without a flag is one more row.
 */
struct lp_gate {
	enum opt_pass_type type;
	const char *name;
	void (*action)(bool *gate_status);
};

static const struct lp_gate lp_gates[] = {
	{ GIMPLE_PASS, "nothrow", gate_off },
	{ IPA_PASS, NULL, restore_before_ipa },
	{ SIMPLE_IPA_PASS, NULL, restore_before_ipa },
};

static bool gate_matches(const struct lp_gate *gate, opt_pass *pass)
{
	return pass->type == gate->type &&
	       (!gate->name || !strcmp(pass->name, gate->name));
}

/* PLUGIN_OVERRIDE_GATE: GCC_DATA is the gate's answer for current_pass. */
static void override_gate(void *gcc_data, void *user_data)
{
	bool *gate_status = (bool *)gcc_data;

	(void)user_data;
	if (!current_pass)
		return;
	for (size_t i = 0; i < ARRAY_SIZE(lp_gates); i++) {
		if (gate_matches(&lp_gates[i], current_pass)) {
			lp_gates[i].action(gate_status);
			return;
		}
	}
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

void lp_gates_register(const struct lp_config *cfg)
{
	own_frequency = new hash_map<int_hash<int, -1, -2>, unsigned>;
	lp_pass_register(cfg->plugin_name, LP_PASS_FREQUENCY,
			 snapshot_frequency);
	register_callback(cfg->plugin_name, PLUGIN_OVERRIDE_GATE, override_gate,
			  NULL);
	register_callback(cfg->plugin_name, PLUGIN_ALL_PASSES_START,
			  start_function, NULL);
	register_callback(cfg->plugin_name, PLUGIN_ALL_PASSES_END,
			  finish_function, NULL);
}
