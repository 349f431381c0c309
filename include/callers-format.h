/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The vocabulary of the callers list (docs/callers-format.md): its header,
 * version, section, file suffix and reason names, defined once for the
 * plugin that writes lists (C++, inside GCC) and the tools that read them
 * (C11).  A reason spelled or ordered differently on the two sides would
 * make the reader refuse, or worse misreport, what the writer meant.
 */
#ifndef LIVEPATCH_CALLERS_FORMAT_H
#define LIVEPATCH_CALLERS_FORMAT_H

/*
 * First line of every list: LP_FORMAT_HEADER TAB LP_FORMAT_VERSION.  The
 * plugin writes the current version; the tools read every version from
 * LP_FORMAT_OLDEST_VERSION on (2 added where each function is defined and
 * the files the unit read).
 */
#define LP_FORMAT_HEADER "livepatch-callers"
#define LP_FORMAT_VERSION 2
#define LP_FORMAT_OLDEST_VERSION 1

/* The non-allocated section an object carries its list in: the linker
 * concatenates the lists of a final link and keeps none of it loaded. */
#define LP_FORMAT_SECTION ".discard.livepatch.callers"

/* The list beside the object: foo.o -> foo.callers. */
#define LP_FORMAT_SUFFIX ".callers"

/*
 * Why a symbol is on a function's list, in order of precedence: when a
 * symbol is reached for several reasons the list names the first.  COLD is
 * the NAME.cold part of a symbol listed for one of the others.
 * X(identifier suffix, name in the list)
 */
#define LP_FORMAT_REASONS(X)					\
	X(SELF, "self")		/* the function's own body */	\
	X(CLONE, "clone")	/* .constprop, .isra, .part of it */ \
	X(SPECIALIZED, "specialized") /* a clone specialised on	\
					 what it passes */	\
	X(INLINED, "inlined")	/* holds an inlined copy */	\
	X(CALLS_CLONE, "calls-clone") /* calls one of the above */ \
	X(CALLS_UNLIKELY, "calls-unlikely") /* calls it as a path \
					       its body makes cold */ \
	X(CALLS_NORETURN, "calls-noreturn") /* relies on its body \
					       never returning */ \
	X(COLD, "cold")

enum lp_reason {
	LP_REASON_NONE,		/* not on the list (never written) */
#define LP_FORMAT_REASON_ENUM(id, name) LP_REASON_##id,
	LP_FORMAT_REASONS(LP_FORMAT_REASON_ENUM)
#undef LP_FORMAT_REASON_ENUM
	LP_REASON_END
};

/* The name of R in the list, for LP_REASON_NONE < R < LP_REASON_END. */
static inline const char *lp_reason_name(enum lp_reason r)
{
	static const char *const names[] = {
		"none",
#define LP_FORMAT_REASON_NAME(id, name) name,
		LP_FORMAT_REASONS(LP_FORMAT_REASON_NAME)
#undef LP_FORMAT_REASON_NAME
	};

	return names[r];
}

#endif /* LIVEPATCH_CALLERS_FORMAT_H */
