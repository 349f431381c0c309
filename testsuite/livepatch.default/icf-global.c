/* Identical code folding of two global functions: mix_b() becomes a
   jump to mix_a().  A live patch of mix_a() then changes mix_b() too.
   With the plugin mix_b() keeps its own body.  The control shows the
   jump.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

int mix_a(const int *v, int n)
{
	int r = 0;

	for (int i = 0; i < n; i++)
		r = (r * 31 + v[i]) ^ (r >> 3);
	for (int i = n - 1; i >= 0; i--)
		r = (r * 17 - v[i]) ^ (r << 2);
	return r / 7 + n % 5;
}

int mix_b(const int *v, int n)
{
	int r = 0;

	for (int i = 0; i < n; i++)
		r = (r * 31 + v[i]) ^ (r >> 3);
	for (int i = n - 1; i >= 0; i--)
		r = (r * 17 - v[i]) ^ (r << 2);
	return r / 7 + n % 5;
}

/* { dg-final { scan-function-not mix_b "mix_a" } } */
/* { dg-final { scan-function mix_b "imul|sall" } } */
