/* A static function inlined into its only caller: its body exists only
   inside apply(), so patching scale() means patching apply(), and the list
   says scale() has no out-of-line copy.  Default level.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

static int scale(int x)
{
	return x * 3;
}

int apply(int x)
{
	return scale(x) + 1;
}

/* { dg-final { function-absent scale } } */
/* { dg-final { callers scale { apply inlined } } } */
/* { dg-final { callers-function scale removed } } */
/* { dg-final { callers apply { apply self } } } */
/* { dg-final { callers-function apply emitted } } */
