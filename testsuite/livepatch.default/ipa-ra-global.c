/* IPA-RA: once twice() is compiled, GCC knows which call-clobbered
   registers it really uses and lets use() keep b in one of the others
   (%esi) across the call, with no save.  A live patch of twice() that
   uses %esi would corrupt use()'s b.  With the plugin use() assumes the
   full ABI clobber set and keeps b in a callee-saved register it pushes.
   The control shows use() without any push.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

__attribute__((noinline)) int twice(int x)
{
	return x * 2;
}

int use(int a, int b)
{
	return twice(a) + b;
}

/* { dg-final { scan-function use "push" } } */
