/* Two different modes are an error naming both.  Before, the last one
   silently won: a Kconfig mode and a KCFLAGS mode could disagree and the
   user would never know which the objects were built with.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone -fplugin-arg-livepatch-mode=inline-only-static" } */
/* { dg-error ".-fplugin-arg-livepatch-mode=inline-only-static. conflicts with .-fplugin-arg-livepatch-mode=inline-clone. given before it" "" { target *-*-* } 0 } */

int f(int a)
{
	return a + 1;
}

/* { dg-final { callers-absent } } */
