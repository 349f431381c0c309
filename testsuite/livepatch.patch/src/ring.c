#include "clamp.h"

static int ring[8];

int ring_get(int i)
{
	return ring[clamp_index(i, 8)];
}
