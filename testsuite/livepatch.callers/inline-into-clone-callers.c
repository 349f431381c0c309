/* pick() is inlined into hsum(), which IPA-CP then clones for k == 3: the
   clone's constants and signature come from hsum()'s body, pick()'s code
   included, so a patch of pick() must also replace the callers whose call
   sites were rewritten for the clone.  inline-clone mode.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

static int pick(int *v, int k)
{
	return v[k] + k;
}

static __attribute__((noinline)) int hsum(int *v, int k, int n)
{
	int s = 0;

	for (int i = 0; i < n; i++)
		s += pick(v, k) * i;
	return s;
}

int user1(int *v)
{
	return hsum(v, 3, 10);
}

int user2(int *v)
{
	return hsum(v, 3, 20) + 1;
}

/* { dg-final { function-exists hsum.constprop.0 } } */
/* { dg-final { callers pick { hsum.constprop.0 inlined user1 calls-clone user2 calls-clone } } } */
/* { dg-final { callers hsum { hsum.constprop.0 clone user1 calls-clone user2 calls-clone } } } */
