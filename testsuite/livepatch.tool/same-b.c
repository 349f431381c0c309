/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Input of tool.exp: the other static helper, inlined into use_b. */
static int helper(int x)
{
	return x ^ 0x55;
}

int use_b(int x)
{
	return helper(x) + helper(x + 1);
}
