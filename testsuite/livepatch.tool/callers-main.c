/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Input of tool.exp: scale is inlined into apply, and big is cloned
 * (IPA-CP, big.constprop.0) for the constant 5 that apply and apply2 pass,
 * so the list has self, inlined, clone, calls-clone and specialized lines.
 */
static int scale(int x)
{
	return x * 3;
}

static int __attribute__((noinline)) big(int a, int b)
{
	int s = 0;

	for (int i = 0; i < a; i++)
		s += i * b;
	return s;
}

int apply(int x)
{
	return scale(x) + 1 + big(x, 5);
}

int apply2(int x)
{
	return big(x, 5) * 2;
}
