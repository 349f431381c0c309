// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * perturb: a test-only GCC plugin for the patch-impact verifier.
 *
 * It changes the body of one function F the way a live patch might, so that
 * tools/verify/verify can recompile the unit and see which other functions'
 * machine code depended on F's old body.  Every perturbation is made on the
 * lowered GIMPLE of F, right after GCC's "lower" pass (control flow lowered,
 * before the CFG, SSA and every IPA pass), so it reaches static inline and
 * notrace functions too, and every later pass (early inlining, IPA summaries,
 * cloning) sees F as if its source had been edited.
 *
 *   -fplugin-arg-perturb-function=NAME   assembler name of F
 *   -fplugin-arg-perturb-kind=KIND       see kind_names below, docs/verifier.md
 *   -fplugin-arg-perturb-list=PATH       append "NAME<TAB>main|header" for
 *                                        every function with a body
 *   -fplugin-arg-perturb-log=PATH        append "KIND<TAB>NAME<TAB>applied"
 *                                        or "...<TAB>n/a" once F is seen
 *
 * The opaque values come from external functions and a global the test
 * never defines (__perturb_*): GCC knows nothing about them, so it cannot
 * fold the change away.  Everything is deterministic: the same arguments
 * give the same object, byte for byte.
 */
#include "gcc-compat.h"
#include "gimple-iterator.h"
#include "gimple-walk.h"
#include "plugin-version.h"

__visible int plugin_is_GPL_compatible;

enum perturb_kind {
	PK_NONE,
	PK_OPAQUE_CALL,
	PK_OPAQUE_STORE,
	PK_NORETURN_MAYBE,
	PK_RETURN_VALUE,
	PK_GROW,
	PK_SHRINK,
	PK_CALLEE_ARGS,
};

static const char *const kind_names[] = {
	[PK_NONE] = "none",
	[PK_OPAQUE_CALL] = "opaque-call",
	[PK_OPAQUE_STORE] = "opaque-store",
	[PK_NORETURN_MAYBE] = "noreturn-maybe",
	[PK_RETURN_VALUE] = "return-value",
	[PK_GROW] = "grow",
	[PK_SHRINK] = "shrink",
	[PK_CALLEE_ARGS] = "callee-args",
};

static const char *plugin_name = "perturb";
static const char *target_name;
static enum perturb_kind kind = PK_NONE;
static const char *list_path;
static const char *log_path;

/* How many "nop" lines grow adds: far above every inlining limit at -O2. */
#define GROW_LINES 400

static tree opaque_fn;		/* long __perturb_opaque(void) */
static tree call_fn;		/* void __perturb_call(void) */
static tree exit_fn;		/* void __perturb_maybe_exit(void) */
static tree sink_var;		/* extern long __perturb_sink */

/*
 * An external function with no attributes: it may read and write any
 * memory, clobber every call-clobbered register and, under -fexceptions,
 * throw.  build_fn_decl marks its result nothrow; undo that.
 */
static tree external_fn(const char *name, tree ret)
{
	tree decl = build_fn_decl(name, build_function_type_list(ret, NULL_TREE));

	TREE_NOTHROW(decl) = 0;
	return decl;
}

static void build_decls(void)
{
	if (opaque_fn)
		return;
	opaque_fn = external_fn("__perturb_opaque", long_integer_type_node);
	call_fn = external_fn("__perturb_call", void_type_node);
	exit_fn = external_fn("__perturb_maybe_exit", void_type_node);
	sink_var = build_decl(UNKNOWN_LOCATION, VAR_DECL,
			      get_identifier("__perturb_sink"),
			      long_integer_type_node);
	TREE_PUBLIC(sink_var) = 1;
	DECL_EXTERNAL(sink_var) = 1;
	TREE_STATIC(sink_var) = 1;
	DECL_ARTIFICIAL(sink_var) = 1;
	rest_of_decl_compilation(sink_var, 1, 0);
}

static bool value_type_p(tree type)
{
	return INTEGRAL_TYPE_P(type) || POINTER_TYPE_P(type) ||
	       SCALAR_FLOAT_TYPE_P(type);
}

/*
 * Insert, before GSI, "t = __perturb_opaque (); v = (TYPE) t;" and return v:
 * a value of TYPE that nothing in the unit can predict.
 */
static tree opaque_value(gimple_stmt_iterator *gsi, tree type, location_t loc)
{
	tree t = create_tmp_var(long_integer_type_node, "perturb");
	gcall *call = gimple_build_call(opaque_fn, 0);
	tree v;
	gassign *conv;

	gimple_call_set_lhs(call, t);
	gimple_set_location(call, loc);
	gsi_insert_before(gsi, call, GSI_SAME_STMT);
	if (useless_type_conversion_p(type, long_integer_type_node))
		return t;
	v = create_tmp_var(type, "perturb");
	conv = gimple_build_assign(v, SCALAR_FLOAT_TYPE_P(type) ?
				   FLOAT_EXPR : NOP_EXPR, t);
	gimple_set_location(conv, loc);
	gsi_insert_before(gsi, conv, GSI_SAME_STMT);
	return v;
}

/* Insert STMTS at the very start of the body. */
static void insert_at_start(gimple_seq *body, gimple_seq stmts)
{
	gimple_stmt_iterator gsi = gsi_start(*body);

	gsi_insert_seq_before(&gsi, stmts, GSI_SAME_STMT);
}

static gimple_seq new_seq_with(gimple *stmt)
{
	gimple_seq seq = NULL;

	gimple_seq_add_stmt(&seq, stmt);
	return seq;
}

/* opaque-call: "__perturb_call ();" first thing. */
static bool do_opaque_call(gimple_seq *body, location_t loc)
{
	gcall *call = gimple_build_call(call_fn, 0);

	gimple_set_location(call, loc);
	insert_at_start(body, new_seq_with(call));
	return true;
}

/* opaque-store: "__perturb_sink = 1;" first thing, and nothing else. */
static bool do_opaque_store(gimple_seq *body, location_t loc)
{
	gassign *store = gimple_build_assign(sink_var,
					     build_int_cst(long_integer_type_node, 1));

	gimple_set_location(store, loc);
	insert_at_start(body, new_seq_with(store));
	return true;
}

/*
 * noreturn-maybe: "if (__perturb_opaque () != 0) __perturb_maybe_exit ();"
 * A call GCC must assume may never come back, on a path it cannot rule out.
 */
static bool do_noreturn_maybe(gimple_seq *body, location_t loc)
{
	gimple_seq seq = NULL;
	tree t = create_tmp_var(long_integer_type_node, "perturb");
	tree yes = create_artificial_label(loc);
	tree no = create_artificial_label(loc);
	gcall *call = gimple_build_call(opaque_fn, 0);
	gcall *exit_call = gimple_build_call(exit_fn, 0);

	gimple_call_set_lhs(call, t);
	gimple_set_location(call, loc);
	gimple_seq_add_stmt(&seq, call);
	gimple_seq_add_stmt(&seq, gimple_build_cond(NE_EXPR, t,
		build_int_cst(long_integer_type_node, 0), yes, no));
	gimple_seq_add_stmt(&seq, gimple_build_label(yes));
	gimple_set_location(exit_call, loc);
	gimple_seq_add_stmt(&seq, exit_call);
	gimple_seq_add_stmt(&seq, gimple_build_label(no));
	insert_at_start(body, seq);
	return true;
}

/*
 * grow: a volatile asm of GROW_LINES nops.  GCC's size estimate counts an
 * asm by its lines, so F becomes far too large to inline; the asm touches no
 * memory and no register, so nothing else about F changes for its callers
 * except what a larger body changes.
 */
static bool do_grow(gimple_seq *body, location_t loc)
{
	static char text[GROW_LINES * 4 + 1];
	gasm *asm_stmt;

	for (int i = 0; i < GROW_LINES; i++)
		memcpy(text + 4 * i, "nop\n", 4);
	text[GROW_LINES * 4] = '\0';
	asm_stmt = gimple_build_asm_vec(ggc_strdup(text), NULL, NULL, NULL, NULL);
	gimple_asm_set_volatile(asm_stmt, true);
	gimple_set_location(asm_stmt, loc);
	insert_at_start(body, new_seq_with(asm_stmt));
	return true;
}

/*
 * shrink: "return (T) __perturb_opaque ();" (or "return;") first thing; the
 * old body becomes unreachable and is deleted when the CFG is built, leaving
 * a body small enough to inline anywhere.  Not applicable to noreturn
 * functions.
 */
static bool do_shrink(gimple_seq *body, tree fndecl, location_t loc)
{
	tree result = DECL_RESULT(fndecl);
	tree type = TREE_TYPE(TREE_TYPE(fndecl));
	gimple_stmt_iterator gsi = gsi_start(*body);
	greturn *ret;

	/*
	 * A noreturn function must not return: GCC would warn, and -Werror
	 * builds (the kernel's) would fail.  It has nothing to shrink to.
	 */
	if (TREE_THIS_VOLATILE(fndecl))
		return false;
	if (VOID_TYPE_P(type))
		ret = gimple_build_return(NULL_TREE);
	else if (value_type_p(type) && !DECL_BY_REFERENCE(result))
		ret = gimple_build_return(opaque_value(&gsi, type, loc));
	else
		/* An aggregate: return whatever <retval> holds. */
		ret = gimple_build_return(result);
	gimple_set_location(ret, loc);
	gsi_insert_before(&gsi, ret, GSI_SAME_STMT);
	return true;
}

struct walk_state {
	tree fndecl;
	bool applied;
};

/*
 * return-value: every "return v;" becomes "return v ^ opaque;" (v + opaque
 * for pointers and floating point), so nothing about F's result stays
 * known: no range, no known bits, no constant.
 */
static tree return_value_stmt(gimple_stmt_iterator *gsi, bool *handled,
			      struct walk_stmt_info *wi)
{
	struct walk_state *st = (struct walk_state *)wi->info;
	greturn *ret = dyn_cast<greturn *>(gsi_stmt(*gsi));
	tree val, type, mix, sum;
	gassign *assign;
	location_t loc;

	if (!ret)
		return NULL_TREE;
	*handled = true;
	val = gimple_return_retval(ret);
	if (!val || TREE_CODE(val) == RESULT_DECL)
		return NULL_TREE;
	type = TREE_TYPE(val);
	if (!value_type_p(type))
		return NULL_TREE;
	loc = gimple_location(ret);
	mix = opaque_value(gsi, POINTER_TYPE_P(type) ? sizetype : type, loc);
	sum = create_tmp_var(type, "perturb");
	if (POINTER_TYPE_P(type))
		assign = gimple_build_assign(sum, POINTER_PLUS_EXPR, val, mix);
	else if (SCALAR_FLOAT_TYPE_P(type))
		assign = gimple_build_assign(sum, PLUS_EXPR, val, mix);
	else
		assign = gimple_build_assign(sum, BIT_XOR_EXPR, val, mix);
	gimple_set_location(assign, loc);
	gsi_insert_before(gsi, assign, GSI_SAME_STMT);
	gimple_return_set_retval(ret, sum);
	st->applied = true;
	return NULL_TREE;
}

/*
 * callee-args: every integer, pointer or floating-point argument F passes in
 * a direct call becomes an opaque value, so no callee can be specialized on
 * what F passes (constants, ranges, known bits, non-null, SRA'd fields).
 * Built-ins are left alone: some (va_start, the overflow checks) need their
 * exact arguments, and they are expanded inside F anyway.
 */
static tree callee_args_stmt(gimple_stmt_iterator *gsi, bool *handled,
			     struct walk_stmt_info *wi)
{
	struct walk_state *st = (struct walk_state *)wi->info;
	gcall *call = dyn_cast<gcall *>(gsi_stmt(*gsi));
	tree callee;

	if (!call)
		return NULL_TREE;
	*handled = true;
	callee = gimple_call_fndecl(call);
	if (!callee || gimple_call_internal_p(call) ||
	    fndecl_built_in_p(callee) || callee == opaque_fn)
		return NULL_TREE;
	for (unsigned i = 0; i < gimple_call_num_args(call); i++) {
		tree arg = gimple_call_arg(call, i);
		tree type = TREE_TYPE(arg);

		if (!value_type_p(type))
			continue;
		/*
		 * The address of one of F's own locals stays: the callee
		 * fills it in (an out-parameter), and F reading a local the
		 * callee no longer writes would be a new, unrelated
		 * uninitialized use.
		 */
		if (TREE_CODE(arg) == ADDR_EXPR &&
		    auto_var_in_fn_p(get_base_address(TREE_OPERAND(arg, 0)),
				     st->fndecl))
			continue;
		gimple_call_set_arg(call, i,
			opaque_value(gsi, type, gimple_location(call)));
		st->applied = true;
	}
	return NULL_TREE;
}

static bool walk_body(gimple_seq *body, tree fndecl, walk_stmt_fn fn)
{
	struct walk_state st = { fndecl, false };
	struct walk_stmt_info wi;

	memset(&wi, 0, sizeof(wi));
	wi.info = &st;
	walk_gimple_seq_mod(body, fn, NULL, &wi);
	return st.applied;
}

/* Append "A<TAB>B[<TAB>C]" to PATH; one write, so lines never interleave. */
static void append_line(const char *path, const char *a, const char *b,
			const char *c)
{
	FILE *f = fopen(path, "a");

	if (!f) {
		error("%s: cannot open %qs: %m", plugin_name, path);
		return;
	}
	fprintf(f, "%s\t%s%s%s\n", a, b, c ? "\t" : "", c ? c : "");
	fclose(f);
}

static const char *function_name(tree fndecl)
{
	return IDENTIFIER_POINTER(DECL_ASSEMBLER_NAME(fndecl));
}

static const pass_data perturb_pass_data = {
	GIMPLE_PASS,		/* type */
	"perturb",		/* name */
	OPTGROUP_NONE,		/* optinfo_flags */
	TV_NONE,		/* tv_id */
	PROP_gimple_lcf,	/* properties_required */
	0,			/* properties_provided */
	0,			/* properties_destroyed */
	0,			/* todo_flags_start */
	0,			/* todo_flags_finish */
};

class pass_perturb : public gimple_opt_pass {
public:
	pass_perturb(gcc::context *ctxt)
		: gimple_opt_pass(perturb_pass_data, ctxt)
	{
	}
	unsigned int execute(function *fun) final override;
};

unsigned int pass_perturb::execute(function *fun)
{
	tree fndecl = fun->decl;
	const char *name = function_name(fndecl);
	gimple_seq body = gimple_body(fndecl);
	location_t loc = DECL_SOURCE_LOCATION(fndecl);
	bool applied = false;

	if (list_path) {
		const char *file = DECL_SOURCE_FILE(fndecl);
		bool main_file = file && main_input_filename &&
				 !strcmp(file, main_input_filename);

		append_line(list_path, name, main_file ? "main" : "header",
			    NULL);
	}
	if (kind == PK_NONE || strcmp(name, target_name) || !body)
		return 0;
	build_decls();
	switch (kind) {
	case PK_OPAQUE_CALL:
		applied = do_opaque_call(&body, loc);
		break;
	case PK_OPAQUE_STORE:
		applied = do_opaque_store(&body, loc);
		break;
	case PK_NORETURN_MAYBE:
		applied = do_noreturn_maybe(&body, loc);
		break;
	case PK_RETURN_VALUE:
		applied = walk_body(&body, fndecl, return_value_stmt);
		break;
	case PK_GROW:
		applied = do_grow(&body, loc);
		break;
	case PK_SHRINK:
		applied = do_shrink(&body, fndecl, loc);
		break;
	case PK_CALLEE_ARGS:
		applied = walk_body(&body, fndecl, callee_args_stmt);
		break;
	case PK_NONE:
		break;
	}
	gimple_set_body(fndecl, body);
	if (log_path)
		append_line(log_path, kind_names[kind], name,
			    applied ? "applied" : "n/a");
	return 0;
}

static bool parse_kind(const char *value)
{
	for (size_t i = 1; i < ARRAY_SIZE(kind_names); i++) {
		if (!strcmp(value, kind_names[i])) {
			kind = (enum perturb_kind)i;
			return true;
		}
	}
	return false;
}

__visible int plugin_init(struct plugin_name_args *plugin_info,
			  struct plugin_gcc_version *version)
{
	struct register_pass_info pass_info;

	plugin_name = plugin_info->base_name;
	if (!plugin_default_version_check(version, &gcc_version)) {
		error("%qs was built for GCC %s but is loaded into GCC %s",
		      plugin_info->full_name, gcc_version.basever,
		      version->basever);
		return 1;
	}
	for (int i = 0; i < plugin_info->argc; i++) {
		const struct plugin_argument *arg = &plugin_info->argv[i];

		if (!arg->value) {
			error("%s: argument %qs needs a value", plugin_name,
			      arg->key);
			return 1;
		}
		if (!strcmp(arg->key, "function")) {
			target_name = arg->value;
		} else if (!strcmp(arg->key, "kind")) {
			if (!parse_kind(arg->value)) {
				error("%s: unknown kind %qs", plugin_name,
				      arg->value);
				return 1;
			}
		} else if (!strcmp(arg->key, "list")) {
			list_path = arg->value;
		} else if (!strcmp(arg->key, "log")) {
			log_path = arg->value;
		} else {
			error("%s: unknown argument %qs", plugin_name,
			      arg->key);
			return 1;
		}
	}
	if ((kind == PK_NONE) != (target_name == NULL)) {
		error("%s: %<function%> and %<kind%> go together", plugin_name);
		return 1;
	}

	/* Right after control flow is lowered, before the CFG and SSA. */
	pass_info.pass = new pass_perturb(g);
	pass_info.reference_pass_name = "lower";
	pass_info.ref_pass_instance_number = 1;
	pass_info.pos_op = PASS_POS_INSERT_AFTER;
	register_callback(plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL,
			  &pass_info);
	return 0;
}
