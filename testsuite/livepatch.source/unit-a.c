/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Kernel-style unit: container_of, min, BUILD_BUG_ON, IS_ENABLED from a
   forced include, a -D macro, and the header's shared macro. */
#include <linux/kernel.h>
#include "shared.h"

struct item {
	int key;
	int value;
};

int item_key(int *value)
{
	struct item *it = container_of(value, struct item, value);

	return it->key;
}

int capped(int x)
{
	return min(x, LIMIT);
}

int scaled_a(int x)
{
	return SHARED_SCALE(x);
}

int checked(int x)
{
	BUILD_BUG_ON(sizeof(int) < 2);
	if (IS_ENABLED(CONFIG_FOO))
		return x + FROM_COMMAND_LINE;
	return x;
}

int uses_inline(int x)
{
	return clamp_limit(x) + 1;
}

int plain(int x)
{
	return x - 1;
}
