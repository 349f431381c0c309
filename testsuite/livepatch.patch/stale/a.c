#include "limits.h"

int a_fn(int x)
{
	return CLAMP(x) + 1;
}

int a_other(int x)
{
	return x - 1;
}
