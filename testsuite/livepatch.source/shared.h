/* SPDX-License-Identifier: GPL-2.0-or-later */
/* One macro used by a function of each of two units. */
#define SHARED_SCALE(x) ((x) * 3)	/* marker: shared */
