/* A static function inlined into another that IPA-CP then clones: the
   clone carries the inlined body too.  inline-clone mode.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

static int square(int x)
{
	return x * x;
}

static __attribute__((noinline)) int poly(int x, int k)
{
	return square(x) * k + square(k);
}

int p1(int x)
{
	return poly(x, 3);
}

int p2(int x)
{
	return poly(x + 1, 3);
}

/* { dg-final { function-exists poly.constprop.0 } } */
/* { dg-final { callers square { poly.constprop.0 inlined p1 calls-clone p2 calls-clone } } } */
