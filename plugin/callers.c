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

/*
 * One body held by another, and when the pair was first recorded: copies
 * made after the final IPA graph was read take only what the copied body
 * held before it (lp_callers_finish_ipa).  Entries are appended in the
 * order of SINCE.
 */
struct lp_held {
	int body;
	unsigned since;
};

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
	vec<struct lp_held> held; /* bodies whose code this one holds */
	vec<int> macros;	/* macro definitions its source expanded */
};


/* ROOT's code, from BODY's source (SITE), calls the clone CALLEE. */
struct lp_call {
	int root;
	int site;
	int callee;
};

/*
 * The (holder, held) pairs recorded so far, so that each is recorded once.
 * int_hash would hash a pair by truncating it to 32 bits, i.e. to HELD
 * alone: the holders of one body, a chain of always_inline functions all
 * holding its first link, would then share one hash value and each lookup
 * would probe all of them (cubic in the chain's depth).  The key is mixed.
 */
struct lp_pair_hash : int_hash<int64_t, -1, -2> {
	static hashval_t hash(int64_t key)
	{
		uint64_t mixed = (uint64_t)key * 0x9e3779b97f4a7c15ULL;

		return (hashval_t)(mixed >> 32);
	}
};

static vec<struct lp_body> bodies;
static hash_table<lp_pair_hash> *held_pairs;
static unsigned held_lookups;		/* searches of held_pairs */
static unsigned record_clock;
static vec<struct lp_call> calls;
static vec<struct lp_call> unlikely_calls;
static vec<struct lp_call> noreturn_calls;
static hash_map<int_hash<int, -1, -2>, int> *body_index;

/*
 * What the assembler makes of TEXT, a name as cc1 writes it: a name in
 * double quotes (asm("\"a*b\""), passed through as it is) is the bytes
 * between them, a backslash taking the next byte as it is (gas/read.c,
 * get_symbol_name, binutils 2.26 on).  Only \\ and \" mean one thing
 * there: gas 2.40 reads "a\tb" as a\tb in a label but as a TAB in .globl
 * ("behavior may change in the future"), so such a name has no one
 * spelling in the symbol table and is refused (NULL).  A name that is
 * not one quoted string is the assembler's as it is (it rejects "ab""cd").
 */
static char *assembler_symbol(const char *text)
{
	size_t len = strlen(text);
	const char *s, *end = text + len - 1;
	char *name, *p;

	if (len < 2 || text[0] != '"' || *end != '"')
		return xstrdup(text);
	name = p = XNEWVEC(char, len);
	for (s = text + 1; s < end; s++) {
		if (*s == '\\' && s + 1 < end &&
		    (s[1] == '\\' || s[1] == '"')) {
			s++;
		} else if (*s == '\\') {
			free(name);
			return NULL;
		} else if (*s == '"') {
			free(name);
			return xstrdup(text);
		}
		*p++ = *s;
	}
	*p = 0;
	return name;
}

/*
 * DECL's name as the object's symbol table spells it, as nm prints it: the
 * text assemble_name (varasm.cc, assemble_name_raw) writes, an assembler
 * name marked with a leading '*' (an asm label) verbatim without it, any
 * other after user_label_prefix (empty on ELF targets); then what the
 * assembler reads from that text (assembler_symbol).  The one place the
 * plugin names a symbol.  A name the assembler reads two ways is an error
 * (once a declaration), so no list is written.  Allocated.
 */
static char *symbol_name(tree decl)
{
	static hash_set<tree> *refused;
	const char *name = IDENTIFIER_POINTER(DECL_ASSEMBLER_NAME(decl));
	char *text = name[0] == '*' ? xstrdup(name + 1) :
		     concat(user_label_prefix, name, NULL);
	char *symbol = assembler_symbol(text);

	if (symbol) {
		free(text);
		return symbol;
	}
	if (!refused)
		refused = new hash_set<tree>;
	if (!refused->add(decl))
		error_at(DECL_SOURCE_LOCATION(decl),
			 "the symbol name %qs holds a backslash escape other than %<\\\\%> or %<\\\"%>, which the assembler reads in two ways; the callers list cannot name it",
			 text);
	return text;
}

/* The body for DECL, created on first sight. */
static int body_of(tree decl)
{
	int *index = body_index->get(DECL_UID(decl));
	struct lp_body body = { (int)DECL_UID(decl), -1, NULL, NULL, false,
				false, false, false, false, false,
				{ NULL, 0, 0, NULL }, vNULL, vNULL };

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

static int64_t pair_key(int holder, int held)
{
	return (int64_t)holder << 32 | (uint32_t)held;
}

static void add_held(int holder, int held)
{
	struct lp_held entry = { held, record_clock };
	int64_t key = pair_key(holder, held), *slot;

	if (holder == held)
		return;
	held_lookups++;
	slot = held_pairs->find_slot(key, INSERT);
	if (*slot == key)
		return;
	*slot = key;
	record_clock++;
	bodies[holder].held.safe_push(entry);
}

/*
 * Bodies are copied whole: when BODY is inlined into ROOT, or ROOT is cloned
 * from BODY, ROOT also holds everything BODY held before the moment LIMIT
 * (see record_final_graph for why IPA inlining is cut off).  BODY's
 * entries are in the order they were recorded, so the copy stops at the
 * first one recorded at LIMIT or later; it costs one step per pair copied.
 */
static void copy_held(int root, int body, unsigned limit)
{
	for (unsigned i = 0; i < bodies[body].held.length(); i++) {
		struct lp_held inner = bodies[body].held[i];

		if (inner.since >= limit)
			break;
		add_held(root, inner.body);
	}
}

static void record_contains(int root, int body, unsigned limit)
{
	add_held(root, body);
	copy_held(root, body, limit);
}

/* Records made by early inlining, before the final IPA graph is read. */
static unsigned before_final_graph = UINT_MAX;

static void record_clone(tree child_decl, tree parent_decl, bool by_callers)
{
	int child = body_of(child_decl);
	int parent = body_of(parent_decl);

	bodies[child].parent = parent;
	bodies[child].by_callers = by_callers;
	copy_held(child, parent, before_final_graph);
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

static void add_macro(unsigned i, int def, void *data)
{
	const vec<int> *located = (const vec<int> *)data;

	bodies[(*located)[i]].macros.safe_push(def);
}

/*
 * Which macro definitions each function of the source expanded: parsing
 * is over, so every expansion is known (source.c).  A function that
 * inlines another does not take the other's macros: it is on the other's
 * list already.
 */
static void record_macros(void)
{
	vec<int> located = vNULL;
	vec<const struct lp_location *> where = vNULL;

	for (unsigned b = 0; b < bodies.length(); b++) {
		if (bodies[b].source && bodies[b].located) {
			located.safe_push(b);
			where.safe_push(&bodies[b].where);
		}
	}
	lp_macros_for_functions(where.address(), where.length(), add_macro,
				&located);
	located.release();
	where.release();
}

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
	record_macros();
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

/* The pass livepatch_emitted, just before "final": the function is
 * emitted under its own name, and bb-reorder has decided whether it has a
 * NAME.cold part. */
static unsigned int record_emitted_pass(function *fun)
{
	record_emitted(fun->decl, crtl->has_bb_partition);
	if (dump_file)
		fprintf(dump_file, "%s: emitted as %s%s\n",
			cgraph_node::get(fun->decl)->dump_name(),
			IDENTIFIER_POINTER(DECL_ASSEMBLER_NAME(fun->decl)),
			crtl->has_bb_partition ? ", with a .cold part" : "");
	return 0;
}

/*
 * The lists are read from the recorded graph backwards: from a function to
 * the bodies and symbols that depend on it.  Walking only the part of the
 * graph a function reaches keeps one function's list proportional to what
 * it reaches, and all lists together linear in the graph and the output;
 * a pass over every body and call per function would be quadratic in the
 * unit's size, and generated files (register tables, big drivers) have
 * tens of thousands of functions.  The indices are built once, when the
 * first list is asked for: all recording is over by then.
 *
 * Each index is a set of rows, one per body: row B is
 * item[start[B]] .. item[start[B + 1] - 1], in recording order.
 */
struct lp_rows {
	unsigned *start;
	int *item;
};

struct lp_graph {
	/* What the indices were built from, to notice any later record. */
	unsigned n_bodies, n_pairs, n_calls, n_unlikely, n_noreturn;
	struct lp_rows clones;		/* bodies whose parent is B */
	struct lp_rows holders;		/* bodies holding B's code */
	struct lp_rows calls_at;	/* clones called from B's source */
	struct lp_rows clone_callers;	/* roots of calls to clone B */
	struct lp_rows unlikely_callers; /* roots of calls to B as unlikely */
	struct lp_rows noreturn_callers; /* roots of calls to noreturn B */

	/*
	 * One function's list under construction, indexed by body; every
	 * entry set is noted in a vector and cleared after the list, so that
	 * a list costs what it touches, not the number of bodies.
	 */
	enum lp_reason *why;		/* why a dependent body depends */
	bool *holds;			/* holds a dependent body's code */
	bool *site_seen;		/* its calls to clones were read */
	bool *relied_on;		/* a noreturn body callers rely on */
	enum lp_reason *symbol_why;	/* why the symbol is on the list */
	vec<int> dependent, holding, sites, relied, marked;
	unsigned steps;			/* bodies and row entries touched */
};

static struct lp_graph graph;

static void rows_free(struct lp_rows *rows)
{
	XDELETEVEC(rows->start);
	XDELETEVEC(rows->item);
}

/* Rows over N bodies from (KEYS[i], ITEMS[i]) pairs, by counting sort. */
static void rows_build(struct lp_rows *rows, unsigned n, const vec<int> &keys,
		       const vec<int> &items)
{
	unsigned *fill = XNEWVEC(unsigned, n + 1);

	rows->start = XCNEWVEC(unsigned, n + 1);
	rows->item = XNEWVEC(int, keys.length() + 1);
	for (unsigned i = 0; i < keys.length(); i++)
		rows->start[keys[i] + 1]++;
	for (unsigned b = 0; b < n; b++)
		rows->start[b + 1] += rows->start[b];
	memcpy(fill, rows->start, (n + 1) * sizeof(*fill));
	for (unsigned i = 0; i < keys.length(); i++)
		rows->item[fill[keys[i]]++] = items[i];
	XDELETEVEC(fill);
}

#define FOR_EACH_IN_ROW(rows, b, k) \
	for (unsigned k = (rows).start[b]; k < (rows).start[(b) + 1]; k++)

/* ROWS from CALLS: keyed by callee or by site, holding the root or callee. */
static void rows_of_calls(struct lp_rows *rows, const vec<struct lp_call> &list,
			  bool by_site)
{
	vec<int> keys = vNULL, items = vNULL;

	for (unsigned i = 0; i < list.length(); i++) {
		keys.safe_push(by_site ? list[i].site : list[i].callee);
		items.safe_push(by_site ? list[i].callee : list[i].root);
	}
	rows_build(rows, bodies.length(), keys, items);
	keys.release();
	items.release();
}

static bool graph_is_current(void)
{
	return graph.why && graph.n_bodies == bodies.length() &&
	       graph.n_pairs == record_clock &&
	       graph.n_calls == calls.length() &&
	       graph.n_unlikely == unlikely_calls.length() &&
	       graph.n_noreturn == noreturn_calls.length();
}

/*
 * GCC's statistics dump (-fdump-statistics-details) carries the plugin's
 * own work counts, deterministic where times are not, so that the suite
 * can bound the cost of the list against the size of what it reads and
 * writes (testsuite/livepatch.callers/scale-*.c).
 */
static void report_count(const char *what, uint64_t count)
{
	statistics_counter_event(NULL, what,
				 (int)MIN(count, (uint64_t)INT_MAX));
}

static void report_graph(void)
{
	report_count("livepatch graph size",
		     (uint64_t)bodies.length() + record_clock + calls.length() +
		     unlikely_calls.length() + noreturn_calls.length());
	/* Probes past a lookup's first slot: one or two on average for
	 * open addressing at GCC's load factor (at most 3/4); a hash of the
	 * held body alone would make it one per other holder of the body. */
	report_count("livepatch held-pair lookups", held_lookups);
	report_count("livepatch held-pair extra probes",
		     (uint64_t)(held_pairs->collisions() * held_lookups + 0.5));
}

static void graph_build(void)
{
	unsigned n = bodies.length();
	vec<int> keys = vNULL, items = vNULL;

	if (graph.why) {
		rows_free(&graph.clones);
		rows_free(&graph.holders);
		rows_free(&graph.calls_at);
		rows_free(&graph.clone_callers);
		rows_free(&graph.unlikely_callers);
		rows_free(&graph.noreturn_callers);
		XDELETEVEC(graph.why);
		XDELETEVEC(graph.holds);
		XDELETEVEC(graph.site_seen);
		XDELETEVEC(graph.relied_on);
		XDELETEVEC(graph.symbol_why);
	}
	graph.n_bodies = n;
	graph.n_pairs = record_clock;
	graph.n_calls = calls.length();
	graph.n_unlikely = unlikely_calls.length();
	graph.n_noreturn = noreturn_calls.length();

	for (unsigned b = 0; b < n; b++) {
		if (bodies[b].parent >= 0) {
			keys.safe_push(bodies[b].parent);
			items.safe_push(b);
		}
	}
	rows_build(&graph.clones, n, keys, items);
	keys.truncate(0);
	items.truncate(0);
	for (unsigned b = 0; b < n; b++) {
		for (unsigned i = 0; i < bodies[b].held.length(); i++) {
			keys.safe_push(bodies[b].held[i].body);
			items.safe_push(b);
		}
	}
	rows_build(&graph.holders, n, keys, items);
	keys.release();
	items.release();
	rows_of_calls(&graph.calls_at, calls, true);
	rows_of_calls(&graph.clone_callers, calls, false);
	rows_of_calls(&graph.unlikely_callers, unlikely_calls, false);
	rows_of_calls(&graph.noreturn_callers, noreturn_calls, false);

	report_graph();
	graph.why = XCNEWVEC(enum lp_reason, n);
	graph.holds = XCNEWVEC(bool, n);
	graph.site_seen = XCNEWVEC(bool, n);
	graph.relied_on = XCNEWVEC(bool, n);
	graph.symbol_why = XCNEWVEC(enum lp_reason, n);
}

static void add_dependent(int b, enum lp_reason why)
{
	graph.why[b] = why;
	graph.dependent.safe_push(b);
	graph.steps++;
}

/*
 * SITE's code depends on the source: every IPA-CP/IPA-SRA clone it calls
 * is specialised on what it passes, and depends on the source too.
 */
static void read_calls_of(int site)
{
	if (graph.site_seen[site])
		return;
	graph.site_seen[site] = true;
	graph.sites.safe_push(site);
	graph.steps++;
	FOR_EACH_IN_ROW(graph.calls_at, site, k) {
		int callee = graph.calls_at.item[k];

		graph.steps++;
		if (graph.why[callee] == LP_REASON_NONE &&
		    bodies[callee].by_callers)
			add_dependent(callee, LP_REASON_SPECIALIZED);
	}
}

/*
 * Everything a change to SOURCE's text may change, as the bodies in
 * graph.dependent, each marked in graph.why with the reason it was reached.
 * A body depends on SOURCE when it is SOURCE or a clone of it (when SOURCE
 * starts its clone chain), or an IPA-CP/IPA-SRA clone specialised on what a
 * dependent body, or a body holding an inlined dependent one, passes at a
 * call site (a .part is not: it takes what its own head passes).  The
 * bodies holding an inlined copy of a dependent body are graph.holding.
 * A breadth-first walk: each body is added once, each holder and call
 * site read once per body that reaches it.
 */
static void collect_dependent_bodies(int source)
{
	vec<int> *dep = &graph.dependent;

	add_dependent(source, LP_REASON_SELF);
	if (bodies[source].parent < 0) {
		for (unsigned i = 0; i < dep->length(); i++) {
			int b = (*dep)[i];

			FOR_EACH_IN_ROW(graph.clones, b, k)
				add_dependent(graph.clones.item[k],
					      LP_REASON_CLONE);
		}
	}
	for (unsigned i = 0; i < dep->length(); i++) {
		int b = (*dep)[i];

		read_calls_of(b);
		FOR_EACH_IN_ROW(graph.holders, b, k) {
			int holder = graph.holders.item[k];

			graph.steps++;
			if (!graph.holds[holder]) {
				graph.holds[holder] = true;
				graph.holding.safe_push(holder);
			}
			read_calls_of(holder);
		}
	}
}

static void mark_symbol(int b, enum lp_reason why)
{
	graph.steps++;
	if (graph.symbol_why[b] == LP_REASON_NONE)
		graph.marked.safe_push(b);
	else if (why >= graph.symbol_why[b])
		return;
	graph.symbol_why[b] = why;
}

static void mark_callers(const struct lp_rows *callers, int b,
			 enum lp_reason why)
{
	FOR_EACH_IN_ROW(*callers, b, k)
		mark_symbol(callers->item[k], why);
}

/*
 * Callers compiled as if a dependent body never returns.  A caller found
 * noreturn in turn because of it passes the dependency on to its callers.
 */
static void collect_noreturn_callers(void)
{
	for (unsigned i = 0; i < graph.dependent.length(); i++) {
		int b = graph.dependent[i];

		graph.steps++;
		if (bodies[b].noreturn) {
			graph.relied_on[b] = true;
			graph.relied.safe_push(b);
		}
	}
	for (unsigned i = 0; i < graph.relied.length(); i++) {
		int callee = graph.relied[i];

		FOR_EACH_IN_ROW(graph.noreturn_callers, callee, k) {
			int root = graph.noreturn_callers.item[k];

			mark_symbol(root, LP_REASON_CALLS_NORETURN);
			if (bodies[root].noreturn && !graph.relied_on[root]) {
				graph.relied_on[root] = true;
				graph.relied.safe_push(root);
			}
		}
	}
}

/*
 * A symbol depends on the source when it is a dependent body, holds one
 * inlined, calls a clone whose code depends on it (the clone's constants
 * and signature come from that code), or calls it as an unlikely path.
 */
static void collect_symbols(void)
{
	for (unsigned i = 0; i < graph.dependent.length(); i++) {
		int b = graph.dependent[i];

		mark_symbol(b, graph.why[b]);
		mark_callers(&graph.clone_callers, b, LP_REASON_CALLS_CLONE);
		mark_callers(&graph.unlikely_callers, b,
			     LP_REASON_CALLS_UNLIKELY);
	}
	for (unsigned i = 0; i < graph.holding.length(); i++) {
		int b = graph.holding[i];

		mark_symbol(b, LP_REASON_INLINED);
		mark_callers(&graph.clone_callers, b, LP_REASON_CALLS_CLONE);
	}
	collect_noreturn_callers();
}

static int compare_bodies(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return x < y ? -1 : x > y;
}

void lp_callers_for_each_patch(int source, lp_patch_fn fn, void *data)
{
	unsigned lines = 0;

	if (!graph_is_current())
		graph_build();
	collect_dependent_bodies(source);
	collect_symbols();
	/* In body order, as a scan of every body would give them. */
	graph.marked.qsort(compare_bodies);
	for (unsigned i = 0; i < graph.marked.length(); i++) {
		int b = graph.marked[i];

		if (!bodies[b].emitted)
			continue;
		fn(bodies[b].symbol, graph.symbol_why[b], false, data);
		lines++;
		if (bodies[b].cold) {
			fn(bodies[b].symbol, LP_REASON_COLD, true, data);
			lines++;
		}
	}
	/* The sort is not counted: M log M for M symbols. */
	report_count("livepatch list steps",
		     graph.steps + graph.marked.length());
	report_count("livepatch list lines", lines);
	graph.steps = 0;

	for (unsigned i = 0; i < graph.dependent.length(); i++)
		graph.why[graph.dependent[i]] = LP_REASON_NONE;
	for (unsigned i = 0; i < graph.holding.length(); i++)
		graph.holds[graph.holding[i]] = false;
	for (unsigned i = 0; i < graph.sites.length(); i++)
		graph.site_seen[graph.sites[i]] = false;
	for (unsigned i = 0; i < graph.relied.length(); i++)
		graph.relied_on[graph.relied[i]] = false;
	for (unsigned i = 0; i < graph.marked.length(); i++)
		graph.symbol_why[graph.marked[i]] = LP_REASON_NONE;
	graph.dependent.truncate(0);
	graph.holding.truncate(0);
	graph.sites.truncate(0);
	graph.relied.truncate(0);
	graph.marked.truncate(0);
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

void lp_callers_for_each_macro(int source,
			       void (*fn)(const struct lp_macro_def *def,
					  void *data),
			       void *data)
{
	for (unsigned i = 0; i < bodies[source].macros.length(); i++)
		fn(lp_macro_definition(bodies[source].macros[i]), data);
}

bool lp_callers_started(void)
{
	return ipa_started;
}

void lp_callers_register(const struct lp_config *cfg)
{
	lp_source_register(cfg);
	body_index = new hash_map<int_hash<int, -1, -2>, int>;
	held_pairs = new hash_table<lp_pair_hash>(64);
	register_callback(cfg->plugin_name, PLUGIN_ALL_IPA_PASSES_START,
			  start_recording, NULL);
	register_callback(cfg->plugin_name, PLUGIN_ALL_IPA_PASSES_END,
			  record_final_graph, NULL);
	register_callback(cfg->plugin_name, PLUGIN_ALL_IPA_PASSES_END,
			  record_aliases, NULL);
	lp_pass_register(cfg->plugin_name, LP_PASS_EMITTED,
			 record_emitted_pass);
}
