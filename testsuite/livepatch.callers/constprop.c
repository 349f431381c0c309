/* IPA-CP clones a static function for the constant both callers pass:
   the clone is patched with mul(), the callers' call sites were rewritten
   for the clone (calls-clone), and each caller's source decides the
   clone's specialisation (specialized).  inline-clone mode.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

static __attribute__((noinline)) int mul(int x, int k)
{
	return x * k + k;
}

int m1(int x)
{
	return mul(x, 5);
}

int m2(int x)
{
	return mul(x, 5) + 1;
}

/* { dg-final { function-exists mul.constprop.0 } } */
/* { dg-final { callers-function mul removed } } */
/* { dg-final { callers mul { mul.constprop.0 clone m1 calls-clone m2 calls-clone } } } */
/* { dg-final { callers m1 { m1 self mul.constprop.0 specialized m2 calls-clone } } } */
/* { dg-final { callers m2 { m2 self mul.constprop.0 specialized m1 calls-clone } } } */
