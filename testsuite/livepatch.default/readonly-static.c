/* Read-only discovery (-fipa-reference-addressable): nothing in this
   object writes the static variable limit, so GCC marks it read-only and
   get() returns the constant 5.  A live patch that adds a function
   changing limit (a tunable) would leave get() returning 5.  With the
   plugin get() loads limit.  The control shows the constant.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

static int limit = 5;

int get(void)
{
	return limit;
}

/* { dg-final { scan-function get "limit\\(%rip\\)" } } */
