// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The callers graph: which emitted symbols hold code that a function's
 * source decides.
 *
 * GCC copies a function's body into other symbols in ways a live-patch
 * author cannot see from the source: inlining (early and IPA, chains of
 * it), IPA-CP/IPA-SRA clones and partial inlining (.constprop, .isra, .part),
 * and the .cold part split off any of them.  A clone is also specialised on
 * what its callers pass, so its callers' sources decide its code, and its
 * callers' call sites are rewritten for its signature.  Patching a function
 * without every such symbol leaves the old body running.
 *
 * The graph is observed, never guessed: cgraph duplication hooks record each
 * clone's parent as GCC creates it, removal hooks record an inline copy's
 * root just before GCC drops the node (early inlining drops them at once),
 * the final IPA call graph gives the remaining inline copies and every call
 * to a clone, and expansion tells which symbols are emitted and which grew a
 * .cold part.  This file is the recorder: it registers every event that
 * feeds the graph (the symbol-table hooks, IPA start and end, the pass
 * before "final") and answers the writer's questions about it once the
 * unit is finished; emit.c turns the answers into text.
 */
#include "livepatch.h"

struct lp_body {
	int uid;		/* DECL_UID of a function or clone decl */
	int parent;		/* index of the body it was cloned from, or -1 */
	char *name;		/* assembler name when first seen */
	char *symbol;		/* name it was emitted under, if emitted */
	bool source;		/* defined in this unit's source */
	bool emitted;		/* expanded into the object under its name */
	bool cold;		/* has a NAME.cold part */
	bool by_callers;	/* specialised on its callers (IPA-CP/SRA) */
	bool noreturn;		/* found never to return (noreturn.c) */
	bool located;		/* WHERE is known */
	struct lp_location where; /* of a source function's definition */
	vec<int> held;		/* bodies whose code this one holds */
};


/* ROOT's code, from BODY's source (SITE), calls the clone CALLEE. */
struct lp_call {
	int root;
	int site;
	int callee;
};

static vec<struct lp_body> bodies;
/* When each (holder, held) pair was first recorded, keyed by both. */
static hash_map<int_hash<int64_t, -1, -2>, unsigned> *held_since;
static unsigned record_clock;
static vec<struct lp_call> calls;
static vec<struct lp_call> unlikely_calls;
static vec<struct lp_call> noreturn_calls;
static hash_map<int_hash<int, -1, -2>, int> *body_index;

/*
 * DECL's name as the object's symbol table spells it, as nm prints it: an
 * assembler name GCC is to emit verbatim (an asm label, asm("name")) is
 * marked with a leading '*', which assemble_name (varasm.cc) drops; any
 * other gets user_label_prefix (empty on ELF targets).  Allocated.
 */
static char *symbol_name(tree decl)
{
	const char *name = IDENTIFIER_POINTER(DECL_ASSEMBLER_NAME(decl));

	if (name[0] == '*')
		return xstrdup(name + 1);
	return concat(user_label_prefix, name, NULL);
}

/* The body for DECL, created on first sight. */
static int body_of(tree decl)
{
	int *index = body_index->get(DECL_UID(decl));
	struct lp_body body = { (int)DECL_UID(decl), -1, NULL, NULL, false,
				false, false, false, false, false,
				{ NULL, 0, 0 }, vNULL };

	if (index)
		return *index;
	body.name = symbol_name(decl);
	bodies.safe_push(body);
	body_index->put(DECL_UID(decl), bodies.length() - 1);
	return bodies.length() - 1;
}

static int find_body(tree decl)
{
	int *index = body_index->get(DECL_UID(decl));

	return index ? *index : -1;
}

/* The body a clone chain starts from: the function of the source. */
static int origin_of(int b)
{
	while (bodies[b].parent >= 0)
		b = bodies[b].parent;
	return b;
}

static int64_t pair_key(int holder, int held)
{
	return (int64_t)holder << 32 | (uint32_t)held;
}

static void add_held(int holder, int held)
{
	bool existed;

	if (holder == held)
		return;
	held_since->get_or_insert(pair_key(holder, held), &existed);
	if (existed)
		return;
	*held_since->get(pair_key(holder, held)) = record_clock++;
	bodies[holder].held.safe_push(held);
}

/* Was the pair (HOLDER, HELD) recorded before the moment LIMIT? */
static bool held_before(int holder, int held, unsigned limit)
{
	unsigned *since = held_since->get(pair_key(holder, held));

	return since && *since < limit;
}

/*
 * Bodies are copied whole: when BODY is inlined into ROOT, or ROOT is cloned
 * from BODY, ROOT also holds everything BODY held before the moment LIMIT
 * (see record_final_graph for why IPA inlining is cut off).
 */
static void record_contains(int root, int body, unsigned limit)
{
	add_held(root, body);
	for (unsigned i = 0; i < bodies[body].held.length(); i++) {
		int inner = bodies[body].held[i];

		if (held_before(body, inner, limit))
			add_held(root, inner);
	}
}

/* Records made by early inlining, before the final IPA graph is read. */
static unsigned before_final_graph = UINT_MAX;

static void record_clone(tree child_decl, tree parent_decl, bool by_callers)
{
	int child = body_of(child_decl);
	int parent = body_of(parent_decl);

	bodies[child].parent = parent;
	bodies[child].by_callers = by_callers;
	for (unsigned i = 0; i < bodies[parent].held.length(); i++) {
		int inner = bodies[parent].held[i];

		if (held_before(parent, inner, before_final_graph))
			add_held(child, inner);
	}
}

/* A new node: an inline copy shares its decl, a clone has its own
 * (IPA-CP and IPA-SRA clones, via cgraph_node::create_clone). */
static void node_duplicated(cgraph_node *src, cgraph_node *dst, void *data)
{
	(void)data;
	if (src->decl != dst->decl)
		record_clone(dst->decl, src->decl, true);
}

/*
 * A new function made from another's body by versioning: partial
 * inlining's .part, target_clones versions (create_version_clone_with_body
 * calls only the insertion hooks, after tree_function_versioning set
 * DECL_ABSTRACT_ORIGIN to the source function), or OpenMP outlined bodies
 * made while the current function is compiled.
 */
static void node_inserted(cgraph_node *node, void *data)
{
	tree origin = DECL_ABSTRACT_ORIGIN(node->decl);

	(void)data;
	if (!origin || TREE_CODE(origin) != FUNCTION_DECL)
		origin = current_function_decl;
	if (origin && origin != node->decl)
		record_clone(node->decl, origin, false);
}

/*
 * Inline copies are dropped once their body is in the root.  When the root
 * itself was unreachable, remove_unreachable_nodes may free it before its
 * inline copies: nothing of that root is emitted, so nothing to record.
 */
static void node_removed(cgraph_node *node, void *data)
{
	(void)data;
	if (node->inlined_to && node->inlined_to->decl &&
	    cgraph_node::get(node->inlined_to->decl) == node->inlined_to)
		record_contains(body_of(node->inlined_to->decl),
				body_of(node->decl), before_final_graph);
}

static bool ipa_started;

/*
 * PLUGIN_ALL_IPA_PASSES_START: every function of the source is in the call
 * graph and none has been inlined or cloned yet.  Only reads the graph, so
 * its order among the other callbacks of the event does not matter.
 */
static void start_recording(void *gcc_data, void *user_data)
{
	struct cgraph_node *node;

	(void)gcc_data;
	(void)user_data;
	ipa_started = true;
	FOR_EACH_DEFINED_FUNCTION(node) {
		struct lp_body *body;

		if (node->alias || node->thunk)
			continue;
		body = &bodies[body_of(node->decl)];
		body->source = true;
		body->located = lp_definition_location(node->decl,
						       &body->where);
		if (body->located)
			body->where.file = xstrdup(body->where.file);
	}
	symtab->add_cgraph_duplication_hook(node_duplicated, NULL);
	symtab->add_cgraph_removal_hook(node_removed, NULL);
	symtab->add_cgraph_insertion_hook(node_inserted, NULL);
}

static bool is_clone(tree decl)
{
	int b = find_body(decl);

	return b >= 0 && bodies[b].parent >= 0;
}

/*
 * A caller's profile estimate treats a call to a function whose own body
 * makes it unlikely executed as a cold path (predict.cc,
 * unlikely_executed_stmt_p reads the callee's node->frequency) and moves it
 * to NAME.cold.  That reads the callee's body, so the caller goes on its
 * list.  A "cold" attribute is in the declaration, not the body; a callee
 * that is not AVAIL_AVAILABLE (the default level's globals) is not read.
 */
static bool callee_body_is_unlikely(struct cgraph_edge *e)
{
	enum availability avail;
	struct cgraph_node *callee = e->callee->ultimate_alias_target(&avail);

	return avail >= AVAIL_AVAILABLE &&
	       callee->frequency == NODE_FREQUENCY_UNLIKELY_EXECUTED &&
	       !lookup_attribute("cold", DECL_ATTRIBUTES(callee->decl));
}

/*
 * PLUGIN_ALL_IPA_PASSES_END, after the last IPA decision and before
 * expansion: the inline copies GCC still holds, and every direct call to a
 * clone, attributed to the body whose source holds the call (an inline
 * copy's own function).
 */
static void record_final_graph(void *gcc_data, void *user_data)
{
	struct cgraph_node *node;
	struct cgraph_edge *e;

	(void)gcc_data;
	(void)user_data;

	/*
	 * IPA inlining keeps a separate inline copy per call site, each
	 * pointing at its root; what those copies hold is read from the graph
	 * directly, so only early inlining (already applied to the bodies)
	 * carries over.
	 */
	before_final_graph = record_clock;
	FOR_EACH_FUNCTION(node) {
		cgraph_node *root = node->inlined_to ? node->inlined_to : node;

		if (!node->definition || node->alias || node->thunk)
			continue;
		if (node->inlined_to)
			record_contains(body_of(root->decl),
					body_of(node->decl),
					before_final_graph);
		for (e = node->callees; e; e = e->next_callee) {
			struct lp_call call;

			if (!e->inline_failed)
				continue;
			call.root = body_of(root->decl);
			call.site = body_of(node->decl);
			call.callee = body_of(e->callee->decl);
			if (callee_body_is_unlikely(e))
				unlikely_calls.safe_push(call);
			if (bodies[call.callee].noreturn)
				noreturn_calls.safe_push(call);
			if (is_clone(e->callee->decl))
				calls.safe_push(call);
		}
	}
}

/* A symbol that names another function's code. */
struct lp_alias {
	char *name;		/* as the object spells it */
	int target;		/* the body whose code it names */
};

static vec<struct lp_alias> aliases;

/*
 * PLUGIN_ALL_IPA_PASSES_END: the aliases that survived IPA are the ones
 * emitted, as .set beside their target (cgraph_node::assemble_thunks_and_aliases).
 * A weakref or transparent alias is no symbol of the object.  Only reads
 * the graph, so its order beside record_final_graph does not matter.
 */
static void record_aliases(void *gcc_data, void *user_data)
{
	struct cgraph_node *node;

	(void)gcc_data;
	(void)user_data;
	FOR_EACH_DEFINED_FUNCTION(node) {
		struct cgraph_node *target;
		struct lp_alias alias;

		if (!node->alias || node->weakref || node->transparent_alias)
			continue;
		target = node->ultimate_alias_target();
		if (!target || target->alias || target->thunk ||
		    !target->definition)
			continue;
		alias.name = symbol_name(node->decl);
		alias.target = body_of(target->decl);
		aliases.safe_push(alias);
	}
}

/* noreturn.c found DECL never returns, before IPA. */
void lp_callers_noreturn(tree decl)
{
	gcc_checking_assert(body_index);
	bodies[body_of(decl)].noreturn = true;
}

static void record_emitted(tree decl, bool has_cold_part)
{
	int b = body_of(decl);

	/* target_clones renames the default version to NAME.default after
	 * the function was first seen; the list names the real symbol. */
	free(bodies[b].symbol);
	bodies[b].symbol = symbol_name(decl);

	bodies[b].emitted = true;
	bodies[b].cold |= has_cold_part;
}

static const pass_data record_emitted_pass_data = {
	RTL_PASS,
	"livepatch_emitted",
	OPTGROUP_NONE,
	TV_NONE,
	0, 0, 0, 0, 0,
};

/* Runs just before "final": the function is emitted under its own name,
 * and bb-reorder has decided whether it has a NAME.cold part. */
class pass_record_emitted : public rtl_opt_pass {
public:
	pass_record_emitted(gcc::context *ctxt)
		: rtl_opt_pass(record_emitted_pass_data, ctxt)
	{
	}
	unsigned int execute(function *fun) final override
	{
		record_emitted(fun->decl, crtl->has_bb_partition);
		return 0;
	}
};

/* Does B hold, inlined, the code of a body that depends on the source? */
static bool holds_dependent(unsigned b, const enum lp_reason *why)
{
	for (unsigned i = 0; i < bodies[b].held.length(); i++)
		if (why[bodies[b].held[i]] != LP_REASON_NONE)
			return true;
	return false;
}

/*
 * Everything a change to SOURCE's text may change, as a set of bodies
 * marked with the reason each was reached.  A body depends on SOURCE when
 * it is SOURCE or a clone of it, or an IPA-CP/IPA-SRA clone specialised on
 * what a dependent body, or a body holding an inlined dependent one, passes
 * at a call site (a .part is not: it takes what its own head passes).
 * HOLDS[b] is set for bodies holding an inlined copy of a dependent body.
 */
static void collect_dependent_bodies(int source, enum lp_reason *why, bool *holds)
{
	bool changed = true;

	why[source] = LP_REASON_SELF;
	for (unsigned b = 0; b < bodies.length(); b++)
		if (b != (unsigned)source && origin_of(b) == source)
			why[b] = LP_REASON_CLONE;
	while (changed) {
		changed = false;
		for (unsigned b = 0; b < bodies.length(); b++)
			holds[b] = holds_dependent(b, why);
		for (unsigned i = 0; i < calls.length(); i++) {
			const struct lp_call *c = &calls[i];

			if ((why[c->site] == LP_REASON_NONE && !holds[c->site]) ||
			    why[c->callee] != LP_REASON_NONE ||
			    !bodies[c->callee].by_callers)
				continue;
			why[c->callee] = LP_REASON_SPECIALIZED;
			changed = true;
		}
	}
}

static void mark_symbol(enum lp_reason *symbol_why, int b, enum lp_reason why)
{
	if (symbol_why[b] == LP_REASON_NONE || why < symbol_why[b])
		symbol_why[b] = why;
}

/*
 * Callers compiled as if a dependent body never returns.  A caller found
 * noreturn in turn because of it passes the dependency on to its callers.
 */
static void collect_noreturn_callers(const enum lp_reason *why,
				     enum lp_reason *symbol_why)
{
	unsigned n = bodies.length();
	bool *relied_on = XCNEWVEC(bool, n);
	bool changed = true;

	for (unsigned b = 0; b < n; b++)
		relied_on[b] = why[b] != LP_REASON_NONE && bodies[b].noreturn;
	while (changed) {
		changed = false;
		for (unsigned i = 0; i < noreturn_calls.length(); i++) {
			const struct lp_call *c = &noreturn_calls[i];

			if (!relied_on[c->callee])
				continue;
			mark_symbol(symbol_why, c->root, LP_REASON_CALLS_NORETURN);
			if (bodies[c->root].noreturn && !relied_on[c->root]) {
				relied_on[c->root] = true;
				changed = true;
			}
		}
	}
	XDELETEVEC(relied_on);
}

/*
 * A symbol depends on the source when it is a dependent body, holds one
 * inlined, calls a clone whose code depends on it (the clone's constants
 * and signature come from that code), or calls it as an unlikely path.
 */
static void collect_symbols(const enum lp_reason *why, const bool *holds,
			    enum lp_reason *symbol_why)
{
	for (unsigned b = 0; b < bodies.length(); b++) {
		if (why[b] != LP_REASON_NONE)
			mark_symbol(symbol_why, b, why[b]);
		if (holds[b])
			mark_symbol(symbol_why, b, LP_REASON_INLINED);
	}
	for (unsigned i = 0; i < calls.length(); i++) {
		int callee = calls[i].callee;

		if (why[callee] != LP_REASON_NONE || holds[callee])
			mark_symbol(symbol_why, calls[i].root,
				    LP_REASON_CALLS_CLONE);
	}
	for (unsigned i = 0; i < unlikely_calls.length(); i++)
		if (why[unlikely_calls[i].callee] != LP_REASON_NONE)
			mark_symbol(symbol_why, unlikely_calls[i].root,
				    LP_REASON_CALLS_UNLIKELY);
	collect_noreturn_callers(why, symbol_why);
}

void lp_callers_for_each_patch(int source, lp_patch_fn fn, void *data)
{
	unsigned n = bodies.length();
	enum lp_reason *why = XCNEWVEC(enum lp_reason, n);
	enum lp_reason *symbol_why = XCNEWVEC(enum lp_reason, n);
	bool *holds = XCNEWVEC(bool, n);

	collect_dependent_bodies(source, why, holds);
	collect_symbols(why, holds, symbol_why);
	for (unsigned b = 0; b < n; b++) {
		if (symbol_why[b] == LP_REASON_NONE || !bodies[b].emitted)
			continue;
		fn(bodies[b].symbol, symbol_why[b], false, data);
		if (bodies[b].cold)
			fn(bodies[b].symbol, LP_REASON_COLD, true, data);
	}
	XDELETEVEC(why);
	XDELETEVEC(symbol_why);
	XDELETEVEC(holds);
}

/*
 * Every function of the source, then every alias of one (a C++ C1/D1
 * constructor or destructor beside its C2/D2 body, alias("...")), under
 * the alias's own name with its target's list: callers in other objects
 * name the alias, and it holds no code of its own.
 */
void lp_callers_for_each_source(lp_source_fn fn, void *data)
{
	for (unsigned b = 0; b < bodies.length(); b++)
		if (bodies[b].source)
			fn(b, bodies[b].name, bodies[b].emitted,
			   bodies[b].located ? &bodies[b].where : NULL, data);
	/* An alias is its target's code: placed where the target is. */
	for (unsigned i = 0; i < aliases.length(); i++) {
		int b = aliases[i].target;

		if (bodies[b].source)
			fn(b, aliases[i].name, bodies[b].emitted,
			   bodies[b].located ? &bodies[b].where : NULL, data);
	}
}

bool lp_callers_started(void)
{
	return ipa_started;
}

void lp_callers_register(const struct lp_config *cfg)
{
	struct register_pass_info emitted = {
		new pass_record_emitted(g), "final", 1, PASS_POS_INSERT_BEFORE,
	};

	body_index = new hash_map<int_hash<int, -1, -2>, int>;
	held_since = new hash_map<int_hash<int64_t, -1, -2>, unsigned>;
	register_callback(cfg->plugin_name, PLUGIN_ALL_IPA_PASSES_START,
			  start_recording, NULL);
	register_callback(cfg->plugin_name, PLUGIN_ALL_IPA_PASSES_END,
			  record_final_graph, NULL);
	register_callback(cfg->plugin_name, PLUGIN_ALL_IPA_PASSES_END,
			  record_aliases, NULL);
	register_callback(cfg->plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL,
			  &emitted);
}
