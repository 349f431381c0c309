/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * A unit shaped like a kernel object for objtool klp: a static helper GCC
 * inlines, a global that calls it, an unrelated global, and a .modinfo
 * string (objtool klp diff refuses an object without .modinfo).  FIX=1
 * changes the helper, as a live patch would.
 */
#ifndef FIX
#define FIX 0
#endif

static int scale(int x, int k)
{
	return x * k + 1 + FIX;
}

int apply(int x)
{
	return scale(x, 3);
}

int other(int x)
{
	return x - 7;
}

static const char modinfo_license[]
	__attribute__((section(".modinfo"), used, aligned(1))) = "license=GPL";
