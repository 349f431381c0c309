/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A static function found noreturn is named in the dump of
 * livepatch_noreturn, with what it means for its callers. */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers -fdump-tree-all" } */

static __attribute__((noinline)) void hang(void)
{
	for (;;)
		;
}

int check(int x)
{
	if (x < 0)
		hang();
	return x;
}

/* { dg-final { scan-livepatch-dump livepatch_noreturn {^hang/[0-9]+: made noreturn .*calls-noreturn$} } } */
