/* SPDX-License-Identifier: GPL-2.0-or-later */
/* install.exp compiles this with the installed plugin: a static helper
 * inlined into a global, which the callers list of inline-clone mode names. */
static int helper(int x)
{
	return x * 10;
}

int entry(int x)
{
	return helper(x) + 1;
}
