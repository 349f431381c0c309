// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Interposition: at the default level (inline-only-static) every externally
 * visible function definition becomes opaque to interprocedural analysis.
 *
 * A live patch replaces a global function at run time, exactly as a dynamic
 * linker may interpose a symbol.  GCC already knows how to compile callers
 * of a symbol that may be interposed: it neither inlines nor clones it and
 * uses none of its summaries (cgraph_node::get_availability returns
 * AVAIL_INTERPOSABLE for a "noipa" function, and every IPA consumer checks
 * availability).  The kernel is built without -fPIC, so GCC otherwise
 * considers each global AVAIL_AVAILABLE and reads its body freely.
 *
 * Attaching "noipa" after parsing does not go through decl_attributes(), so
 * it implies nothing by itself (attribs.cc adds noinline, noclone and no_icf
 * only on that path); they are attached here explicitly, with
 * DECL_UNINLINABLE, which is what the inliner tests.
 *
 * always_inline functions are left alone: GCC must inline them (it reports
 * an error for always_inline + noipa), so they are the one global body that
 * lives on in callers; the callers list records them.
 */
#include "livepatch.h"

static const char *const interposition_attributes[] = {
	"noipa", "noinline", "noclone", "no_icf",
};

static bool is_global_definition(struct cgraph_node *node)
{
	tree decl = node->decl;

	return TREE_PUBLIC(decl) && !DECL_EXTERNAL(decl) && !node->alias &&
	       !node->thunk;
}

static void add_attribute(tree decl, const char *name)
{
	if (lookup_attribute(name, DECL_ATTRIBUTES(decl)))
		return;
	DECL_ATTRIBUTES(decl) = tree_cons(get_identifier(name), NULL_TREE,
					  DECL_ATTRIBUTES(decl));
}

/*
 * Why a global definition keeps its body open to IPA, or NULL.
 * always_inline: GCC must inline it.  target_clones: GCC must clone it into
 * per-ISA versions behind an ifunc resolver, which callers can only reach
 * through the resolver (an ifunc is AVAIL_INTERPOSABLE already); the
 * versions are on the callers list.
 */
static const char *why_inlinable(tree decl)
{
	if (lookup_attribute("always_inline", DECL_ATTRIBUTES(decl)))
		return "always_inline: GCC must inline it; on the callers list";
	if (lookup_attribute("target_clones", DECL_ATTRIBUTES(decl)))
		return "target_clones: reached through its ifunc resolver";
	return NULL;
}

/*
 * The pass livepatch_interpose, before "visibility", the first small IPA
 * pass after free_lang_data: the call graph of the unit is complete and
 * no IPA pass ("visibility", "einline", "local-pure-const", ...) has
 * looked at it yet.  -fdump-ipa-livepatch_interpose shows each global
 * definition and what was decided for it.
 */
static unsigned int make_globals_interposable(function *fun)
{
	struct cgraph_node *node;

	(void)fun;
	FOR_EACH_DEFINED_FUNCTION(node) {
		tree decl = node->decl;
		const char *keep;

		if (!is_global_definition(node))
			continue;
		keep = why_inlinable(decl);
		if (dump_file)
			fprintf(dump_file, "%s: %s%s\n", node->dump_name(),
				keep ? "left open to IPA, " :
				"opaque to IPA (noipa noinline noclone no_icf): a global a live patch may replace",
				keep ? keep : "");
		if (keep)
			continue;
		for (size_t i = 0; i < ARRAY_SIZE(interposition_attributes); i++)
			add_attribute(decl, interposition_attributes[i]);
		DECL_UNINLINABLE(decl) = 1;
	}
	return 0;
}

/* The default level only: inline-clone mode keeps every body inlinable.
 * Adds attributes, never nodes, so it may run before or after the
 * recorder's PLUGIN_ALL_IPA_PASSES_START callback. */
void lp_interpose_register(const struct lp_config *cfg)
{
	if (cfg->mode != LP_MODE_INLINE_ONLY_STATIC)
		return;
	lp_pass_register(cfg->plugin_name, LP_PASS_INTERPOSE,
			 make_globals_interposable);
}
