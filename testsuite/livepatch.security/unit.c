/* A unit for the security checks: a list with inlining and a clone. */
static int helper(int x)
{
	return x * 2;
}

static int __attribute__((noinline)) scale(int x, int k)
{
	return x * k + x / k;
}

int alpha(int a)
{
	return helper(a) + scale(a, 3);
}

int beta(int b)
{
	return scale(b, 3) - 1;
}
