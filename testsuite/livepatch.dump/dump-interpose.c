/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The default level's decision for each global definition, in the dump of
 * livepatch_interpose: opaque to IPA, or left open and why. */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fdump-ipa-all" } */

int entry(int x)
{
	return x + 1;
}

/* Declared without inline: the definition below is an external one (C99
 * 6.7.4), the global a kernel's always_inline helpers would be. */
int must_inline(int x);

__attribute__((always_inline)) inline int must_inline(int x)
{
	return x * 2;
}

int caller(int x)
{
	return must_inline(x) + entry(x);
}

/* { dg-final { scan-livepatch-dump livepatch_interpose {^entry/[0-9]+: opaque to IPA \(noipa noinline noclone no_icf\)} } } */
/* { dg-final { scan-livepatch-dump livepatch_interpose {^must_inline/[0-9]+: left open to IPA, always_inline} } } */
