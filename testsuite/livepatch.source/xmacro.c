/* SPDX-License-Identifier: GPL-2.0-or-later */
/* X-macros: one name defined, used, undefined and defined again; each
   use is the definition in force where it is expanded. */
#define COLORS X(red) X(green)

#define X(c) c##_first,	/* marker: first X */
enum first { COLORS };
#undef X

int first_count(void)
{
#define X(c) + 1	/* marker: second X */
	return 0 COLORS;
#undef X
}

#define X(c) + 2	/* marker: third X */
int second_count(void)
{
	return 0 COLORS;
}
