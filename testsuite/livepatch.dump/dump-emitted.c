/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What the recorder sees emitted, and under which symbol, is in the dump
 * of livepatch_emitted: an IPA-CP clone under its clone's name. */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone -fdump-rtl-all" } */

static __attribute__((noinline)) int scale(int x, int shift)
{
	return (x << shift) + x;
}

int a(int x)
{
	return scale(x, 3);
}

int b(int x)
{
	return scale(x + 1, 3);
}

/* { dg-final { scan-livepatch-dump livepatch_emitted {^a/[0-9]+: emitted as a$} } } */
/* { dg-final { scan-livepatch-dump livepatch_emitted {^scale\.constprop/[0-9]+: emitted as scale\.constprop\.0$} } } */
