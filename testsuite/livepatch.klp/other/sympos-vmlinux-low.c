/* Companion of sympos-vmlinux.c: another static helper, placed first. */
static __attribute__((noinline)) int helper(int x)
{
	return x * 5;
}

int low_use(int x)
{
	return helper(x) + 2;
}
