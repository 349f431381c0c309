/* Companion of ambiguous-file.c: the same base name, another helper. */
static __attribute__((noinline)) int helper(int x)
{
	return x * 5;
}

int other_use(int x)
{
	return helper(x) + 2;
}
