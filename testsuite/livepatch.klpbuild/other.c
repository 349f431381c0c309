/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A second unit, for the lists an `ld -r` joins. */
int second(int x)
{
	return x + 5;
}
