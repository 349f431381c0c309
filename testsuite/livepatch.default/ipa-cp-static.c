/* IPA-CP specialises a static function on a constant that every caller
   passes, even at -O2 where no extra clone may be made: the specialised
   copy (scale.constprop.0) replaces scale() and no longer takes k.  A
   live patch that changes a caller to pass another k would have to patch
   scale() as well, with no record saying so.  The plugin turns -fipa-cp
   off: scale() keeps its parameter.  The control shows the specialised
   copy.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

__attribute__((noinline)) static int scale(int x, int k)
{
	int r = 0;

	for (int i = 0; i < k; i++)
		r += x * i + k;
	return r;
}

int use1(int x)
{
	return scale(x, 7);
}

int use2(int x)
{
	return scale(x + 1, 7);
}

/* { dg-final { scan-function use1 "(call|jmp)\tscale\n" } } */
/* { dg-final { function-exists scale } } */
/* { dg-final { scan-assembler-not "constprop" } } */
