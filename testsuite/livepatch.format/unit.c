/* The unit of the issue: helper's only copy is inlined into alpha. */
static int helper(int x)
{
	return x * 2;
}

int alpha(int a)
{
	return helper(a) + 1;
}

int beta(int b)
{
	return b - 1;
}
