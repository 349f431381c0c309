/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A strub mode the source names is in the dump of livepatch_strub_declared
 * (GCC 14 and later; UNSUPPORTED before). */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fdump-ipa-all" } */
/* { dg-require-gcc-version 14 "the strub attribute" } */

int __attribute__((strub)) key;

__attribute__((noinline, strub("at-calls"))) static int mix(int x)
{
	return x + key;
}

int use(int x)
{
	return mix(x) * 2;
}

/* { dg-final { scan-livepatch-dump livepatch_strub_declared {^mix/[0-9]+: strub mode named in the source$} } } */
