// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Stack scrubbing (GCC 14 and later, ipa-strub.cc) that the plugin can
 * neither keep safe nor record: the at-calls interface GCC derives from a
 * function's body, and scrubbing a global at the default level.
 *
 * compute_strub_mode gives a function the "at-calls" strub interface (every
 * caller passes it a watermark pointer and calls __strub_leave after it)
 * when -fstrub=at-calls or -fstrub=all asks for it, or when its body reads
 * a variable of a strub type ("at-calls-opt"), provided the function is
 * local and only called directly.  Whether it qualifies also depends on its
 * body (can_strub_at_calls_p: no __builtin_apply_args).  Its callers' code
 * then follows the callee's body: a live patch that stops reading the strub
 * variable, or starts calling __builtin_apply_args, changes the interface
 * its unpatched callers use, and nothing records that.  A mode the source
 * names, strub("at-calls") or strub("internal"), does not follow the body,
 * and the internal mode's FN.strub.0 clone is on the callers list: only the
 * implicit at-calls choice is refused, one error per function.
 *
 * At the default level a global function is noipa, and GCC refuses to
 * strub a noipa function (can_strub_p): a global whose strub attribute asks
 * for scrubbing is refused here with one line naming it, and strub is then
 * switched off for the unit, so that GCC does not add its own lines.
 */
#include "livepatch.h"

#if LP_HAVE_STRUB

#include "ipa-strub.h"

/* DECL_UIDs of the functions whose strub mode the source names. */
static hash_set<int_hash<int, -1, -2>> *declared_strub;

static tree strub_attribute(tree decl)
{
	tree attr = lookup_attribute("strub", DECL_ATTRIBUTES(decl));

	return attr ? attr : lookup_attribute("strub",
					      TYPE_ATTRIBUTES(TREE_TYPE(decl)));
}

/* Does ATTR, as written in the source, ask for a scrubbing mode?  A bare
 * strub means at-calls; strub_validate_fn_attr_parm (ipa-strub.h) is > 0
 * for at-calls and internal, < 0 for callable and disabled. */
static bool requests_scrubbing(tree attr)
{
	tree args = TREE_VALUE(attr);

	return !args || (TREE_CODE(args) == TREE_LIST &&
			 strub_validate_fn_attr_parm(TREE_VALUE(args)) > 0);
}

static bool is_interposed_global(const struct lp_config *cfg,
				 struct cgraph_node *node)
{
	return cfg->mode == LP_MODE_INLINE_ONLY_STATIC &&
	       lookup_attribute("noipa", DECL_ATTRIBUTES(node->decl)) &&
	       TREE_PUBLIC(node->decl);
}

/* The configuration, for the two passes (which get no argument). */
static const struct lp_config *strub_cfg;

/*
 * The pass livepatch_strub_declared, right before "strubm": interpose.c
 * has run (livepatch_interpose runs before "visibility", which comes
 * before "strubm"), and "strubm" has not yet added attributes of its own.
 */
static unsigned int note_declared_strub(function *fun)
{
	const struct lp_config *cfg = strub_cfg;
	struct cgraph_node *node;
	bool refused = false;

	(void)fun;
	FOR_EACH_DEFINED_FUNCTION(node) {
		tree attr = strub_attribute(node->decl);

		if (!attr)
			continue;
		declared_strub->add(DECL_UID(node->decl));
		if (dump_file)
			fprintf(dump_file, "%s: strub mode named in the source\n",
				node->dump_name());
		if (requests_scrubbing(attr) && is_interposed_global(cfg, node)) {
			error_at(DECL_SOURCE_LOCATION(node->decl),
				 "%<strub%> on the global function %qD conflicts with %<-fplugin-arg-%s-mode=%s%>: GCC can only scrub a function open to IPA",
				 node->decl, cfg->plugin_name,
				 lp_mode_name(cfg->mode));
			refused = true;
		}
	}
	/* -fstrub=disable: the "strubm" pass then reports nothing more. */
	if (refused)
		flag_strub = 0;
	return 0;
}

/*
 * set_strub_mode_to records the mode it chose as a strub attribute whose
 * value is the mode's identifier (get_strub_mode_attr_value).
 */
static bool is_at_calls(tree attr)
{
	tree id = TREE_VALUE(attr);

	if (id && TREE_CODE(id) == TREE_LIST)
		id = TREE_VALUE(id);
	return id && TREE_CODE(id) == IDENTIFIER_NODE &&
	       (id_equal(id, "at-calls") || id_equal(id, "at-calls-opt"));
}

/* The pass livepatch_strub, right after "strubm". */
static unsigned int reject_implicit_at_calls(function *fun)
{
	struct cgraph_node *node;

	(void)fun;
	FOR_EACH_DEFINED_FUNCTION(node) {
		tree decl = node->decl;
		tree attr = strub_attribute(decl);

		if (!attr || !is_at_calls(attr) ||
		    declared_strub->contains(DECL_UID(decl)))
			continue;
		if (dump_file)
			fprintf(dump_file, "%s: at-calls strub chosen from its body: refused\n",
				node->dump_name());
		error_at(DECL_SOURCE_LOCATION(decl),
			 "GCC chose at-calls %<strub%> for %qD from its body, which makes its callers depend on that body; name the mode with %<__attribute__((strub(...)))%>",
			 decl);
	}
	return 0;
}

void lp_strub_register(const struct lp_config *cfg)
{
	strub_cfg = cfg;
	declared_strub = new hash_set<int_hash<int, -1, -2>>;
	lp_pass_register(cfg->plugin_name, LP_PASS_STRUB_DECLARED,
			 note_declared_strub);
	lp_pass_register(cfg->plugin_name, LP_PASS_STRUB,
			 reject_implicit_at_calls);
}

#else

/* No strub before GCC 14, and no "strubm" pass to run after. */
void lp_strub_register(const struct lp_config *cfg)
{
	(void)cfg;
}

#endif
