#include "limits.h"

static int b_helper(int x)
{
	return CLAMP(x) * 2;
}

int b_fn(int x)
{
	return b_helper(x) + 3;
}

int b_other(int x)
{
	return x * UNUSED_MACRO;
}
