/* At -Os the root a body was inlined into can become unreachable and be
   freed by remove_unreachable_nodes before its inline copies, whose
   removal hook then sees a dead root.  The torture run hit an ICE there
   on GCC's gcc.dg/ipa/PR64559.c (whether it crashes depends on what the
   freed node holds); this unit takes the same path and must compile.  */
/* { dg-do compile } */
/* { dg-options "-Os -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

int a, b, c, d;

static int fn1(int p1)
{
	return p1 ? a / p1 : 0;
}

static void fn2(int p)
{
	if (p)
		fn2(fn1(p) + c);
	for (;;)
		if (d)
			break;
}

static void fn3(void)
{
	fn2(b);
}

static void fn4(void)
{
	fn3();
	fn3();
}

int main(void)
{
	if (c)
		fn4();
	return 0;
}
