// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * livepatch: make GCC's interprocedural optimizations safe for Linux kernel
 * live patching.
 *
 * A live patch replaces one function's body in a running kernel.  That is
 * only safe when every other function whose machine code depends on the old
 * body is known and patched with it.  This file parses the plugin arguments
 * once into one configuration and registers each concern with it (the GCC
 * version was checked by the loader, plugin/loader/loader.c, which is what
 * GCC opens as livepatch.so); each concern lives in its own file:
 *   options.c    -f flags of silent summaries, forced off and checked
 *   interpose.c  global functions made opaque to IPA (default level)
 *   gate.c       silent summaries that have no -f flag
 *   callers.c    the recorder: which symbols hold code each function's
 *                source decides
 *   noreturn.c   noreturn discovery for static functions, recorded
 *   emit.c       the writer: that callers list, beside the object and in it
 *   dump.c       the same lists, in the recorder's pass dump
 *   strub.c      stack scrubbing it can neither keep safe nor record, refused
 * and config.c holds what they all may call (mode names), so that no
 * concern calls back into this file, which calls them.
 */
#include "livepatch.h"

__visible int plugin_is_GPL_compatible;

/* The one configuration: filled by parse_arguments, then only read. */
static struct lp_config config;

static struct plugin_info livepatch_plugin_info = {
	.version = LIVEPATCH_VERSION,
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

/* What the arguments said beyond the configuration itself. */
struct lp_arguments {
	bool disable;
	bool callers_given;
	const char *mode;	/* the value of the first mode= */
};

/*
 * VALUE of -fplugin-arg-livepatch-callers: none for the default place,
 * "off" to disable, anything else is the path to write.
 */
static bool parse_callers(struct lp_config *cfg, const char *value)
{
	if (value && !*value) {
		error("empty value for %<-fplugin-arg-%s-callers%>; give a path or %<off%>",
		      cfg->plugin_name);
		return false;
	}
	/* Plugin arguments are case-sensitive; OFF meant as off must not
	 * quietly become a file named OFF. */
	if (value && strcmp(value, "off") && !strcasecmp(value, "off")) {
		error("invalid value %qs for %<-fplugin-arg-%s-callers%>: %<off%> is lowercase; write %<./%s%> for a file of that name",
		      value, cfg->plugin_name, value);
		return false;
	}
	cfg->callers = !value || strcmp(value, "off");
	cfg->callers_path = cfg->callers ? value : NULL;
	return true;
}

static bool parse_argument(struct lp_config *cfg, struct lp_arguments *args,
			   const struct plugin_argument *arg)
{
	const char *name = cfg->plugin_name;

	if (!strcmp(arg->key, "callers")) {
		args->callers_given = true;
		return parse_callers(cfg, arg->value);
	}
	if (!strcmp(arg->key, "mode")) {
		if (!arg->value) {
			error("no value supplied for %<-fplugin-arg-%s-mode%>; expected %qs or %qs",
			      name, lp_mode_name(LP_MODE_INLINE_ONLY_STATIC),
			      lp_mode_name(LP_MODE_INLINE_CLONE));
			return false;
		}
		if (!lp_mode_parse(arg->value, &cfg->mode)) {
			error("invalid value %qs for %<-fplugin-arg-%s-mode%>; expected %qs or %qs",
			      arg->value, name,
			      lp_mode_name(LP_MODE_INLINE_ONLY_STATIC),
			      lp_mode_name(LP_MODE_INLINE_CLONE));
			return false;
		}
		/* Two different modes: neither may silently win. */
		if (args->mode && strcmp(args->mode, arg->value)) {
			error("%<-fplugin-arg-%s-mode=%s%> conflicts with %<-fplugin-arg-%s-mode=%s%> given before it",
			      name, arg->value, name, args->mode);
			return false;
		}
		args->mode = arg->value;
		return true;
	}
	if (!strcmp(arg->key, "disable") && !arg->value) {
		args->disable = true;
		return true;
	}
	if (!strcmp(arg->key, "help") && !arg->value) {
		fprintf(stderr, "%s plugin %s\n%s", name,
			livepatch_plugin_info.version,
			livepatch_plugin_info.help);
		return true;
	}
	if (arg->value)
		error("unknown argument %<-fplugin-arg-%s-%s=%s%>; see %<-fplugin-arg-%s-help%>",
		      name, arg->key, arg->value, name);
	else
		error("unknown argument %<-fplugin-arg-%s-%s%>; see %<-fplugin-arg-%s-help%>",
		      name, arg->key, name);
	return false;
}

/*
 * GCC's parse_plugin_arg_opt (plugin.cc) takes every '=' of
 * -fplugin-arg-NAME-KEY=VALUE for a separator and drops one character of
 * VALUE per '=' after the first: callers=a=b.list arrives as "a=b.lis".
 * The arguments as given are still in save_decoded_options (toplev.cc
 * decodes them before initialize_plugins), so such a value is refused
 * instead of used cut short.
 */
static bool values_arrive_whole(const struct lp_config *cfg)
{
	size_t len = strlen(cfg->plugin_name);

	for (unsigned i = 0; i < save_decoded_options_count; i++) {
		const struct cl_decoded_option *opt = &save_decoded_options[i];
		const char *eq;

		if (opt->opt_index != OPT_fplugin_arg_ || !opt->arg ||
		    strncmp(opt->arg, cfg->plugin_name, len) ||
		    opt->arg[len] != '-')
			continue;
		eq = strchr(opt->arg, '=');
		if (eq && strchr(eq + 1, '=')) {
			error("%<-fplugin-arg-%s%> has a value containing %<=%>, which GCC passes to plugins cut short; use a value without %<=%>",
			      opt->arg);
			return false;
		}
	}
	return true;
}

/* Every argument into CFG, then the defaults that depend on another. */
static bool parse_arguments(struct lp_config *cfg, struct lp_arguments *args,
			    const struct plugin_name_args *info)
{
	bool ok = true;

	cfg->plugin_name = info->base_name;
	cfg->mode = LP_MODE_INLINE_ONLY_STATIC;
	if (!values_arrive_whole(cfg))
		return false;
	for (int i = 0; i < info->argc; i++)
		ok &= parse_argument(cfg, args, &info->argv[i]);
	/* The callers list is what inline-clone mode exists for. */
	if (!args->callers_given && cfg->mode == LP_MODE_INLINE_CLONE)
		cfg->callers = true;
	return ok;
}

__visible int plugin_init(struct plugin_name_args *plugin_info,
			  struct plugin_gcc_version *version)
{
	struct lp_arguments args = { false, false, NULL };

	/*
	 * The GCC version was checked by the loader (plugin/loader/loader.c),
	 * which is what GCC opens as livepatch.so and which carries this core.
	 */
	(void)version;
	/*
	 * After an error, return 0 with nothing registered: the error already
	 * fails the compile, and GCC would otherwise add a second line
	 * ("failed to initialize plugin") to the one naming the argument.
	 */
	if (!parse_arguments(&config, &args, plugin_info))
		return 0;

	register_callback(config.plugin_name, PLUGIN_INFO, NULL,
			  &livepatch_plugin_info);
	if (args.disable)
		return 0;
	if (!lp_options_register(&config))
		return 0;
	lp_interpose_register(&config);
	lp_gates_register(&config);
	lp_strub_register(&config);
	if (!config.callers)
		return 0;
	/*
	 * The recorder first: noreturn discovery reports to it.  The writer
	 * only reads what the recorder holds once the unit is finished.
	 */
	lp_callers_register(&config);
	lp_noreturn_register(&config);
	lp_emit_register(&config);
	lp_dump_register(&config);
	return 0;
}
