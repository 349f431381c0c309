#include "sub/h2.h"

int a_fn(int x)
{
	return twice(x) + 1;
}
