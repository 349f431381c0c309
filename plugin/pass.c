// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The plugin's passes, registered from the one table
 * (include/livepatch-pass.h).  GCC demands a class per pass type
 * (opt_pass's execute is virtual); one template over GCC's three base
 * classes wraps a plain C function, so the concerns stay C-style.  A leaf:
 * it calls no other file of the plugin.
 *
 * Guards against a pass registered at another place than the table says,
 * and against a pass class that GCC would clone (a reference pass listed
 * twice in passes.def): every table entry names instance 1 of its
 * reference, so each pass is inserted exactly once and clone() is never
 * called (passes.cc, position_pass).
 */
#include "livepatch-pass.h"

static const pass_data lp_pass_data[] = {
	LP_PASSES(LP_PASS_DATA)
};

static const struct {
	const char *reference;
	enum pass_positioning_ops position;
} lp_pass_place[] = {
#define LP_PASS_PLACE(id, type, name, props, ref, pos) { ref, pos },
	LP_PASSES(LP_PASS_PLACE)
#undef LP_PASS_PLACE
};

template <class Base>
class lp_pass : public Base {
public:
	lp_pass(const pass_data &data, unsigned int (*run)(function *))
		: Base(data, g), run(run)
	{
	}
	unsigned int execute(function *fun) final override
	{
		return run(fun);
	}

private:
	unsigned int (*run)(function *);
};

/* Each registered pass, for its dump's number (static_pass_number). */
static opt_pass *lp_pass_registered[LP_PASS_END];

static opt_pass *make_pass(const pass_data &data,
			   unsigned int (*run)(function *))
{
	switch (data.type) {
	case GIMPLE_PASS:
		return new lp_pass<gimple_opt_pass>(data, run);
	case RTL_PASS:
		return new lp_pass<rtl_opt_pass>(data, run);
	case SIMPLE_IPA_PASS:
		return new lp_pass<simple_ipa_opt_pass>(data, run);
	default:
		gcc_unreachable();
	}
}

void lp_pass_register(const char *plugin_name, enum lp_pass_id id,
		      unsigned int (*run)(function *fun))
{
	struct register_pass_info info = {
		make_pass(lp_pass_data[id], run),
		lp_pass_place[id].reference, 1, lp_pass_place[id].position,
	};

	lp_pass_registered[id] = info.pass;
	register_callback(plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &info);
}

FILE *lp_pass_dump_begin(enum lp_pass_id id)
{
	dump_flags_t flags;

	if (!lp_pass_registered[id])
		return NULL;
	return dump_begin(lp_pass_registered[id]->static_pass_number, &flags);
}

void lp_pass_dump_end(enum lp_pass_id id, FILE *stream)
{
	if (stream)
		dump_end(lp_pass_registered[id]->static_pass_number, stream);
}
