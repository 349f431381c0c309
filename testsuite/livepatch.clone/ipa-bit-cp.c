/* In inline-clone mode IPA-CP runs, but its known-bits propagation
   (-fipa-bit-cp) stays off: every caller passes low() a multiple of 16,
   and plain GCC compiles low() in place to return 0.  A live patch that
   adds a caller passing another value would get 0.  With the plugin low()
   keeps its mask.  The control shows it gone.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

__attribute__((noinline)) static int low(int v)
{
	return v & 15;
}

int use1(int a)
{
	return low(a * 16) + 1;
}

int use2(int b)
{
	return low(b << 5) + 2;
}

/* { dg-final { scan-function low "\\\$15" } } */
