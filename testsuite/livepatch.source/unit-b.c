/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The second unit using shared.h's macro. */
#include "shared.h"

int scaled_b(int x)
{
	return SHARED_SCALE(x) + 1;
}
