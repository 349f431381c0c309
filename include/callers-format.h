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

#include <stddef.h>

/*
 * First line of every list: LP_FORMAT_HEADER TAB LP_FORMAT_VERSION.  The
 * plugin writes the current version; the tools read every version from
 * LP_FORMAT_OLDEST_VERSION on (2 added where each function is defined and
 * the files the unit read; 3 the output a list beside the object was
 * written for; 4 a digest of each file read, the macro definitions
 * each function expanded, and the end record).
 */
#define LP_FORMAT_HEADER "livepatch-callers"
#define LP_FORMAT_VERSION 4
#define LP_FORMAT_OLDEST_VERSION 1

/*
 * Version 4: the last line of every list is LP_FORMAT_END TAB COUNT, COUNT
 * being the number of lines before it, the output record not counted (so
 * the list inside the object and the one beside it end alike).  A list cut
 * at a line boundary ends without it, or with a count that does not add
 * up; the lines are sorted, so no shorter list can end in a valid one.
 * It counts lines, whatever their record type.
 */
#define LP_FORMAT_END "end"
#define LP_FORMAT_END_VERSION 4

/*
 * The section an object carries its list in: not allocated and
 * SHF_EXCLUDE, so `ld -r` (vmlinux.o, modules) concatenates the lists and a
 * final link (vmlinux) drops them without an orphan warning (binutils
 * ldlang.c, lang_discard_section_p).  Outside .discard.*, because objtool
 * klp diff takes every .discard.* section but two for a special section
 * that must have relocations (tools/objtool/klp-diff.c, is_special_section);
 * under .comment*, because modpost warns about every other non-allocated
 * section it does not know (scripts/mod/modpost.c, section_white_list).
 * The tools still read lists under the names objects had before:
 * .discard.livepatch.callers, and .livepatch.callers, which drew that
 * modpost warning.
 */
#define LP_FORMAT_SECTION ".comment.livepatch.callers"
#define LP_FORMAT_OLD_SECTION ".discard.livepatch.callers"
#define LP_FORMAT_OLD_SECTION_2 ".livepatch.callers"

/* The list beside the object: foo.o -> foo.callers. */
#define LP_FORMAT_SUFFIX ".callers"

/*
 * Version 4's records of what the preprocessor read (plugin/source.c):
 *   digest TAB PATH TAB HEX           SHA-256 of a file (include/sha256.h)
 *   macro TAB NAME TAB PATH TAB FIRST TAB LAST TAB MACRO
 *                                     NAME expanded MACRO, defined there
 *   macros TAB untracked              the unit made no macro maps
 *                                     (-ftrack-macro-expansion=0, or
 *                                     preprocessed input): no macro record
 *                                     says who expanded what
 */
#define LP_FORMAT_DIGEST "digest"
#define LP_FORMAT_MACRO "macro"
#define LP_FORMAT_MACROS "macros"
#define LP_FORMAT_MACROS_UNTRACKED "untracked"

/*
 * The plugin's levels: the values of its mode= argument and of a list's
 * mode record (plugin/config.c names and parses them for the plugin).
 * X(identifier suffix, name)
 */
#define LP_FORMAT_MODES(X)					\
	X(INLINE_ONLY_STATIC, "inline-only-static") /* default */ \
	X(INLINE_CLONE, "inline-clone")

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

/*
 * What a field (the source PATH, a NAME, a SYMBOL) may hold: at least one
 * byte, UTF-8 (no overlong form, surrogate or code point past U+10FFFF),
 * no control character (below 0x20, or 0x7f): TAB separates fields and LF
 * ends records, and there is no escape.  Returns NULL when the LEN bytes
 * at S may be a field, else what is wrong, for a message.
 */
static inline const char *lp_format_field_problem(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	if (!len)
		return "nothing";
	while (i < len) {
		unsigned long cp;
		size_t n, k;

		if (u[i] == '\t')
			return "a TAB";
		if (u[i] == '\n')
			return "a newline";
		if (u[i] < 0x20 || u[i] == 0x7f)
			return "a control character";
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		if (u[i] >= 0xc2 && u[i] <= 0xdf)
			n = 2, cp = u[i] & 0x1f;
		else if (u[i] >= 0xe0 && u[i] <= 0xef)
			n = 3, cp = u[i] & 0x0f;
		else if (u[i] >= 0xf0 && u[i] <= 0xf4)
			n = 4, cp = u[i] & 0x07;
		else
			return "a byte that is not UTF-8";
		if (n > len - i)
			return "a byte that is not UTF-8";
		for (k = 1; k < n; k++) {
			if ((u[i + k] & 0xc0) != 0x80)
				return "a byte that is not UTF-8";
			cp = cp << 6 | (u[i + k] & 0x3f);
		}
		if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
		    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return "a byte that is not UTF-8";
		i += n;
	}
	return 0;
}

#endif /* LIVEPATCH_CALLERS_FORMAT_H */
