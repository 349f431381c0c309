/* Identical code folding of two static functions: GCC keeps one body and
   makes the other name an alias of it, so use() calls the same code
   twice.  A live patch of mix_a() alone would change what the call to
   mix_b() does.  With the plugin both keep their own body.  The control
   shows mix_b() gone.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

__attribute__((noinline)) static int mix_a(int x, int y)
{
	return (x * 31 + y) ^ (x >> 3);
}

__attribute__((noinline)) static int mix_b(int x, int y)
{
	return (x * 31 + y) ^ (x >> 3);
}

int use(int x, int y)
{
	return mix_a(x, y) + mix_b(y, x);
}

/* { dg-final { function-exists mix_a } } */
/* { dg-final { function-exists mix_b } } */
/* { dg-final { scan-function use "(call|jmp)\tmix_b" } } */
