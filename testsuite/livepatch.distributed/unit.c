/* Input for distributed.exp: a static helper inlined into a global.  */
static int scale(int x)
{
	return x * 3;
}

int apply(int x)
{
	return scale(x) + 1;
}
