// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Verifier sample: kernel-like idioms.  notrace static inline helpers, a
 * static variable only this unit writes (ipa-reference), a function called
 * at startup only, a function pointer table, and a function address taken.
 */
#define notrace __attribute__((no_instrument_function))

static int state;
static int events[16];

static inline notrace int state_get(void)
{
	return state;
}

static inline notrace void state_set(int v)
{
	state = v;
}

static void record(int ev)
{
	events[ev & 15]++;
}

__attribute__((cold)) __attribute__((noinline)) static void setup_once(void)
{
	state_set(42);
	record(0);
}

int init_module_like(void)
{
	setup_once();
	return state_get();
}

static int op_add(int a) { return a + state_get(); }
static int op_sub(int a) { return a - state_get(); }

int (*const ops[2])(int) = { op_add, op_sub };

int dispatch(int which, int v)
{
	record(which);
	return ops[which & 1](v) + events[3];
}

int tick(int v)
{
	state_set(state_get() + v);
	record(v);
	return state_get();
}
