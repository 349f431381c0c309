// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * What every concern of the plugin may call about the configuration: the
 * mode names.  A leaf: it calls no other file of the plugin, so that the
 * concerns (options.c, emit.c, ...) never call back into livepatch.c,
 * which registers them; testsuite/livepatch.layout checks, from nm of
 * the objects, that no file depends on one that depends on it.  The names
 * are the format's (LP_FORMAT_MODES, include/callers-format.h), which the
 * list's mode record and the mode= argument share.
 */
#include "livepatch.h"

static const char *const mode_names[] = {
#define LP_FORMAT_MODE_NAME(id, name) [LP_MODE_##id] = name,
	LP_FORMAT_MODES(LP_FORMAT_MODE_NAME)
#undef LP_FORMAT_MODE_NAME
};

const char *lp_mode_name(enum lp_mode mode)
{
	return mode_names[mode];
}

bool lp_mode_parse(const char *name, enum lp_mode *mode)
{
	for (size_t i = 0; i < ARRAY_SIZE(mode_names); i++) {
		if (!strcmp(name, mode_names[i])) {
			*mode = (enum lp_mode)i;
			return true;
		}
	}
	return false;
}
