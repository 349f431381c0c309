static int helper(int x)
{
	return x * 2;
}

int alpha(int x)
{
	return helper(x) + 1;
}

int beta(int x)
{
	int y = x - 3;

	return y * y;
}

int third(int x)
{
	return x + 7;
}
