#include "clamp.h"

int table[16] = { 1, 2, 3 };

static int check(int i)
{
	return i >= 0;
}

int read_entry(int i)
{
	if (!check(i))
		return -1;
	return table[clamp_index(i, 16)];
}

int write_entry(int i, int v)
{
	if (!check(i))
		return -1;
	table[clamp_index(i, 16)] = v;
	return 0;
}
