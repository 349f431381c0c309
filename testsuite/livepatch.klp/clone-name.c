/* A clone's name is a kallsyms name like any other: IPA-CP's
   mul.constprop.0 is an old_name, and its replacement's identifier is
   livepatch_mul_constprop_0.  inline-clone mode.  */
/* { dg-do assemble } */
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

/* { dg-final { klp mul clone-name.ko { . } { { m1 0 } { m2 0 } { mul.constprop.0 0 } } } } */
