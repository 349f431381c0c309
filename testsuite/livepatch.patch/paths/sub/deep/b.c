#include "../h2.h"

int b_fn(int x)
{
	return twice(x) - 1;
}
