/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Each function's own frequency, as its body gives it, is in the dump of
 * livepatch_frequency (gate.c restores it before every IPA pass). */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fdump-tree-all" } */

__attribute__((cold)) int rarely(int x)
{
	return x - 1;
}

int often(int x)
{
	return x + 1;
}

/* { dg-final { scan-livepatch-dump livepatch_frequency {^rarely/[0-9]+: own frequency unlikely executed,} } } */
/* { dg-final { scan-livepatch-dump livepatch_frequency {^often/[0-9]+: own frequency normal,} } } */
