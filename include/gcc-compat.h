/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The one place that knows which GCC the plugin is built for.
 *
 * The plugin links against GCC's internal C++ API, which changes between
 * releases.  Every difference between the supported releases (GCC 11 to
 * GCC 16) is absorbed here, so the plugin sources never test a version
 * themselves.  A plugin built against one GCC must never run inside another:
 * plugin/loader/loader.c checks that at load time, before this code is even
 * loaded (GCC 15's 64-bit location_t makes a mismatched core unloadable).
 *
 * The version that matters is the one of the GCC whose headers the plugin
 * is compiled against, BUILDING_GCC_VERSION from bversion.h (as the
 * kernel's scripts/gcc-plugins/gcc-common.h uses), not GCC_VERSION, which
 * system.h derives from the compiler that compiles the plugin.
 *
 * Between GCC 11 and 16 the plugin needs no shim today: the plugin API it
 * uses (cgraph_node, passes, options, diagnostics) kept its spelling, and
 * a build against each release's headers is warning-free.
 */
#ifndef LIVEPATCH_GCC_COMPAT_H
#define LIVEPATCH_GCC_COMPAT_H

/* First, so that other headers never get to fail on an unsupported GCC. */
#include "bversion.h"

#if BUILDING_GCC_MAJOR < 11 || BUILDING_GCC_MAJOR > 16
#error "livepatch supports the plugin headers of GCC 11 to GCC 16 only"
#endif

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
#include "cpplib.h"

/*
 * GCC 14 added stack scrubbing (ipa-strub.cc and its "strubm" pass):
 * strub.c checks the modes that pass chooses, where it exists.
 */
#define LP_HAVE_STRUB (BUILDING_GCC_MAJOR >= 14)

/*
 * GCC 14 made line_map_macro a class: the expansion point is read through
 * get_expansion_point_location(), and MACRO_MAP_EXPANSION_POINT_LOCATION
 * (line-map.h) is gone.
 */
#if BUILDING_GCC_MAJOR >= 14
#define LP_MACRO_MAP_EXPANSION(map) ((map)->get_expansion_point_location())
#else
#define LP_MACRO_MAP_EXPANSION(map) MACRO_MAP_EXPANSION_POINT_LOCATION(map)
#endif

/* GCC 16 renamed libcpp's cpp_get_path (files.cc) _cpp_get_file_path. */
#if BUILDING_GCC_MAJOR >= 16
#define LP_CPP_FILE_PATH(file) _cpp_get_file_path(file)
#else
#define LP_CPP_FILE_PATH(file) cpp_get_path(file)
#endif

/* Symbols a plugin must export for GCC to accept it. */
#define __visible __attribute__((visibility("default")))

#endif /* LIVEPATCH_GCC_COMPAT_H */
