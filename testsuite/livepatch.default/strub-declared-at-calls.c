/* A strub mode the source names, GCC 14 and later: mix() is declared
   strub("at-calls"), so its interface follows its declaration, not its
   body, and a live patch keeping the declaration keeps the interface.  The
   plugin accepts it: use() still scrubs after the call.  GCC 11-13 have no
   strub (UNSUPPORTED there).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */
/* { dg-require-gcc-version 14 "the strub attribute" } */

int __attribute__((strub)) key;

__attribute__((noinline, strub("at-calls"))) static int mix(int x)
{
	return x + key;
}

int use(int x)
{
	return mix(x) * 2;
}

/* { dg-final { scan-function use "call\t__strub_leave" } } */
