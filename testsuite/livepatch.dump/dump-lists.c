/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The lists the recorder built, each symbol with its reason, are appended
 * to the dump of livepatch_emitted when the unit is finished. */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone -fdump-rtl-all" } */

static int helper(int x)
{
	return x * 10;
}

int entry(int x)
{
	return helper(x) + 1;
}

/* { dg-final { scan-livepatch-dump livepatch_emitted {^;; The callers lists, as the recorder answers them$} } } */
/* { dg-final { scan-livepatch-dump livepatch_emitted {^helper: removed, defined at .*dump-lists\.c:7-10\n  patch entry \(inlined\)$} } } */
