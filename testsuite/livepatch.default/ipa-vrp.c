/* IPA value-range propagation: every caller passes clampdiv() a value in
   0..65535, so GCC drops its x < 0 test in place and keeps the name.  A
   live patch that adds a caller passing a negative value would get a
   wrong result with no record of the assumption.  With the plugin
   clampdiv() keeps the test (its -1 return).  The control shows it
   gone.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

__attribute__((noinline)) static int clampdiv(int x)
{
	if (x < 0)
		return -1;
	return x / 3;
}

int use1(unsigned char c)
{
	return clampdiv(c) + 1;
}

int use2(unsigned short c)
{
	return clampdiv(c) + 2;
}

/* { dg-final { scan-function clampdiv "\\\$-1" } } */
