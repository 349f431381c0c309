/* A recursive static function: GCC inlines it into itself and into its
   caller; the list still names each emitted symbol once.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

static int fact(int n)
{
	return n <= 1 ? 1 : n * fact(n - 1);
}

int fact10(void)
{
	return fact(10);
}

int factn(int n)
{
	return fact(n) + 1;
}

/* { dg-final { callers fact10 { fact10 self } } } */
