/* callers=OFF is refused, naming the lowercase spelling that disables the
   list: plugin arguments are case-sensitive, and before, OFF quietly wrote
   a file named OFF.  A file of that name is still callers=./OFF.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone -fplugin-arg-livepatch-callers=OFF" } */
/* { dg-lp-absent OFF } */
/* { dg-error "invalid value .OFF. for .-fplugin-arg-livepatch-callers.: .off. is lowercase" "" { target *-*-* } 0 } */

int f(int a)
{
	return a + 1;
}

/* { dg-final { path-absent OFF } } */
