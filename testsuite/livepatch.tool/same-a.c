/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Input of tool.exp: a static helper, inlined into use_a; same-b.c has
 * another static function of the same name. */
static int helper(int x)
{
	return x * 5 + 1;
}

int use_a(int x)
{
	return helper(x) - 2;
}
