/* IPA bit-CP: every caller passes low() a multiple of 16, so GCC knows
   the low four bits are zero and compiles low() in place to return 0.  A
   live patch that adds a caller passing any other value would get 0.
   With the plugin low() keeps its mask.  The control shows it gone.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

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
