// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Verifier sample: functions GCC specializes on what their callers pass.
 * A static function always called with the same constant (IPA-CP clone),
 * one that uses a single field of a struct passed by pointer (IPA-SRA), a
 * global one called with a constant (IPA-CP clone of a global), and known
 * value ranges and bits (IPA-VRP, IPA-bit-CP).
 */
struct config {
	int mode;
	int scale;
	long pad[8];
};

__attribute__((noinline)) static int scaled(const struct config *c, int v)
{
	return v * c->scale + 7;
}

__attribute__((noinline)) static int step(int v, int mode)
{
	if (mode == 1)
		return v + 1;
	if (mode == 2)
		return v * 2;
	return v - mode * v / 3;
}

__attribute__((noinline)) int shift_by(unsigned int v, unsigned int n)
{
	return n < 32 ? (int)(v >> n) : 0;
}

int apply(const struct config *c, int v)
{
	return scaled(c, step(v, 1)) + shift_by(v, 4);
}

int apply_twice(const struct config *c, int v)
{
	return step(step(v, 1), 1) + scaled(c, v) + shift_by(v & 0xff, 8);
}
