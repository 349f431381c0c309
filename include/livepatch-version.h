/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The release of the plugin and of the tools, defined once: the plugin's
 * plugin_info, livepatch-callers --version, the manual pages and the Debian
 * package all take it from here, so a user can tell which build wrote a
 * list and which tool reads it.
 */
#ifndef LIVEPATCH_VERSION_H
#define LIVEPATCH_VERSION_H

#define LIVEPATCH_VERSION "0.9.0"

#endif
