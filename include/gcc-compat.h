/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The one place that knows which GCC the plugin is built for.
 *
 * The plugin links against GCC's internal C++ API, which changes between
 * releases.  Every difference between the supported releases (GCC 11 and
 * GCC 12) is absorbed here, so the plugin sources never test a version
 * themselves.  A plugin built against one GCC must never run inside another:
 * livepatch.c checks that at load time with plugin_default_version_check().
 */
#ifndef LIVEPATCH_GCC_COMPAT_H
#define LIVEPATCH_GCC_COMPAT_H

#include "gcc-plugin.h"
#include "config.h"
#include "system.h"
#include "coretypes.h"
#include "tm.h"
#include "tree.h"
#include "stringpool.h"
#include "attribs.h"
#include "rtl.h"
#include "memmodel.h"
#include "emit-rtl.h"
#include "function.h"
#include "basic-block.h"
#include "gimple.h"
#include "tree-pass.h"
#include "context.h"
#include "hash-map.h"
#include "cgraph.h"
#include "options.h"
#include "opts.h"
#include "flags.h"
#include "diagnostic-core.h"
#include "langhooks.h"
#include "toplev.h"
#include "output.h"
#include "varasm.h"
#include "file-prefix-map.h"

#define LP_GCC_MAJOR (GCC_VERSION / 1000)

/*
 * GCC 12 tracks whether an option was given explicitly with OPTION_SET_P;
 * GCC 11 has only the global_options_set structure behind it.
 */
#ifndef OPTION_SET_P
#define OPTION_SET_P(OPTION) global_options_set.x_ ## OPTION
#endif

/*
 * GCC 14 added stack scrubbing (ipa-strub.cc and its "strubm" pass):
 * strub.c checks the modes that pass chooses, where it exists.
 */
#define LP_HAVE_STRUB (LP_GCC_MAJOR >= 14)

/* Symbols a plugin must export for GCC to accept it. */
#define __visible __attribute__((visibility("default")))

#endif /* LIVEPATCH_GCC_COMPAT_H */
