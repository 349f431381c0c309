// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * livepatch: make GCC's interprocedural optimizations safe for Linux kernel
 * live patching.
 *
 * A live patch replaces one function's body in a running kernel.  That is
 * only safe when every other function whose machine code depends on the old
 * body is known and patched with it.  This file reads the plugin arguments
 * and wires the concerns together; each concern lives in its own file:
 *   options.c    -f flags of silent summaries, forced off and checked
 *   interpose.c  global functions made opaque to IPA (default level)
 *   gate.c       silent summaries that have no -f flag
 *   callers.c    which symbols hold code each function's source decides
 *   emit.c       that callers list, beside the object and inside it
 *   noreturn.c   noreturn discovery for static functions, recorded
 */
#include "livepatch.h"

__visible int plugin_is_GPL_compatible;

enum lp_mode lp_mode = LP_MODE_INLINE_ONLY_STATIC;
const char *lp_plugin_name = "livepatch";

static const char *const mode_names[] = {
	[LP_MODE_INLINE_ONLY_STATIC] = "inline-only-static",
	[LP_MODE_INLINE_CLONE] = "inline-clone",
};

static struct plugin_info livepatch_plugin_info = {
	.version = LP_PLUGIN_VERSION,
	.help =
	"Make GCC's interprocedural optimizations safe for live patching.\n"
	"mode=inline-only-static  (default) global functions are opaque to IPA:\n"
	"                         never inlined, cloned or summarized; static\n"
	"                         functions may be inlined; silent summaries off\n"
	"mode=inline-clone        inlining and cloning stay on for all functions;\n"
	"                         silent summaries off\n"
	"callers[=PATH|off]       write the callers list (docs/callers-format.md)\n"
	"                         to PATH, or beside the object as NAME.callers;\n"
	"                         on by default in inline-clone mode\n"
	"disable                  load the plugin but change nothing (per-object\n"
	"                         opt-out)\n"
	"help                     print this text\n",
};

const char *lp_mode_name(enum lp_mode mode)
{
	return mode_names[mode];
}

bool lp_parse_mode(const char *value, enum lp_mode *mode)
{
	for (size_t i = 0; i < ARRAY_SIZE(mode_names); i++) {
		if (!strcmp(value, mode_names[i])) {
			*mode = (enum lp_mode)i;
			return true;
		}
	}
	return false;
}

static bool callers_given;

static bool parse_argument(const struct plugin_argument *arg, bool *disable)
{
	if (!strcmp(arg->key, "callers")) {
		callers_given = true;
		return lp_emit_configure(arg->value);
	}
	if (!strcmp(arg->key, "mode")) {
		if (!arg->value) {
			error("no value supplied for %<-fplugin-arg-%s-mode%>; expected %<inline-only-static%> or %<inline-clone%>",
			      lp_plugin_name);
			return false;
		}
		if (!lp_parse_mode(arg->value, &lp_mode)) {
			error("invalid value %qs for %<-fplugin-arg-%s-mode%>; expected %<inline-only-static%> or %<inline-clone%>",
			      arg->value, lp_plugin_name);
			return false;
		}
		return true;
	}
	if (!strcmp(arg->key, "disable") && !arg->value) {
		*disable = true;
		return true;
	}
	if (!strcmp(arg->key, "help") && !arg->value) {
		fprintf(stderr, "%s plugin %s\n%s", lp_plugin_name,
			livepatch_plugin_info.version,
			livepatch_plugin_info.help);
		return true;
	}
	if (arg->value)
		error("unknown argument %<-fplugin-arg-%s-%s=%s%>; see %<-fplugin-arg-%s-help%>",
		      lp_plugin_name, arg->key, arg->value, lp_plugin_name);
	else
		error("unknown argument %<-fplugin-arg-%s-%s%>; see %<-fplugin-arg-%s-help%>",
		      lp_plugin_name, arg->key, lp_plugin_name);
	return false;
}

static void start_ipa(void *gcc_data, void *user_data)
{
	(void)gcc_data;
	(void)user_data;
	lp_enforce_function_options();
	if (lp_mode == LP_MODE_INLINE_ONLY_STATIC)
		lp_make_globals_interposable();
}

__visible int plugin_init(struct plugin_name_args *plugin_info,
			  struct plugin_gcc_version *version)
{
	bool disable = false;
	bool ok = true;

	/*
	 * The GCC version was checked by the loader (plugin/loader/loader.c),
	 * which is what GCC opens as livepatch.so and which carries this core.
	 */
	lp_plugin_name = plugin_info->base_name;
	for (int i = 0; i < plugin_info->argc; i++)
		ok &= parse_argument(&plugin_info->argv[i], &disable);
	/*
	 * After an error, return 0 with nothing registered: the error already
	 * fails the compile, and GCC would otherwise add a second line
	 * ("failed to initialize plugin") to the one naming the argument.
	 */
	if (!ok)
		return 0;

	register_callback(lp_plugin_name, PLUGIN_INFO, NULL,
			  &livepatch_plugin_info);
	if (disable)
		return 0;
	if (!lp_enforce_command_line())
		return 0;

	/* The callers list is what inline-clone mode exists for. */
	if (!callers_given && lp_mode == LP_MODE_INLINE_CLONE)
		lp_emit_configure(NULL);

	register_callback(lp_plugin_name, PLUGIN_ALL_IPA_PASSES_START,
			  start_ipa, NULL);
	lp_register_gates();
	lp_emit_register();
	if (lp_callers_enabled())
		lp_noreturn_register();
	return 0;
}
