/* A flatten caller asks GCC to inline every call in it, however large
   the callee.  Flattening a global callee would copy mix() into use()
   beyond the reach of a live patch of mix(); with the plugin the global
   is not inlinable and use() calls it.  The control shows use() with
   mix() inlined while use2(), without flatten, still calls it, and
   flatten-flive-patching.c shows that GCC's own -flive-patching does not
   stop the flattening.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

int mix(const int *v, int n)
{
	int r = 0;

	for (int i = 0; i < n; i++)
		r = (r * 31 + v[i]) ^ (r >> 3);
	for (int i = n - 1; i >= 0; i--)
		r = (r * 17 - v[i]) ^ (r << 2);
	return r / 7 + n % 5;
}

__attribute__((flatten)) int use(const int *v, int n)
{
	return mix(v, n) + mix(v + 1, n - 1);
}

int use2(const int *v, int n)
{
	return mix(v, n) + mix(v + 1, n - 1);
}

/* { dg-final { scan-function-count use "(call|jmp)\tmix" 2 } } */
