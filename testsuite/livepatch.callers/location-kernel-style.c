/* Format version 2 places each definition from the first line of its
   declaration to its closing brace.  Kernel style puts attributes and the
   return type above the name, where GCC records no location: a fix that
   changes those lines changes the function, so they are part of it.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

int counter;

/* The declaration starts below this comment. */
__attribute__((noinline))
static int
bump(int by)
{
	counter += by;
	return counter;
}

int bump_twice(int by) { return bump(by) + bump(by); }

/* { dg-final { callers-location bump location-kernel-style.c 11 17 } } */
/* { dg-final { callers-location bump_twice location-kernel-style.c 19 19 } } */
