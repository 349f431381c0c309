/* Companion of sympos-module.c: another static helper, linked first. */
static __attribute__((noinline)) int helper(int x)
{
	return x * 5;
}

int first_use(int x)
{
	return helper(x) + 2;
}
