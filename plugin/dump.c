// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The callers lists as the recorder answers them, in the dump of its pass
 * livepatch_emitted (-fdump-rtl-all): for each function, every symbol to
 * patch with it and why, which is what emit.c then writes.  A maintainer
 * reading why a symbol is (or is not) on a list finds the recorder's
 * answer beside what was emitted, without the writer's escaping and
 * sorting.
 *
 * Guards against a decision that no dump shows: the lists are built after
 * the last function is emitted (PLUGIN_FINISH_UNIT, when the recorder's
 * graph is final), outside every pass, so this appends to that pass's
 * dump file (dump_begin, dumpfile.cc), and writes nothing when the dump
 * was not asked for.
 */
#include "livepatch.h"

static void dump_patch(const char *symbol, enum lp_reason why, bool cold,
		       void *data)
{
	fprintf((FILE *)data, "  patch %s%s (%s)\n", symbol,
		cold ? ".cold" : "", lp_reason_name(why));
}

static void dump_source(int source, const char *name, bool emitted,
			const struct lp_location *where, void *data)
{
	FILE *stream = (FILE *)data;

	fprintf(stream, "%s: %s", name, emitted ? "emitted" : "removed");
	if (where)
		fprintf(stream, ", defined at %s:%d-%d", where->file,
			where->first, where->last);
	fputc('\n', stream);
	lp_callers_for_each_patch(source, dump_patch, stream);
}

static void dump_lists(void *gcc_data, void *user_data)
{
	FILE *stream;

	(void)gcc_data;
	(void)user_data;
	if (seen_error() || !lp_callers_started())
		return;
	stream = lp_pass_dump_begin(LP_PASS_EMITTED);
	if (!stream)
		return;
	fprintf(stream, "\n;; The callers lists, as the recorder answers them\n");
	lp_callers_for_each_source(dump_source, stream);
	lp_pass_dump_end(LP_PASS_EMITTED, stream);
}

/* With the recorder only (the callers list on). */
void lp_dump_register(const struct lp_config *cfg)
{
	register_callback(cfg->plugin_name, PLUGIN_FINISH_UNIT, dump_lists,
			  NULL);
}
