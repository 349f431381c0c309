/* A static function inlined into one caller but kept out of line for
   another that takes its address: both copies must be patched.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

static int twice(int x)
{
	return x * 2;
}

int direct(int x)
{
	return twice(x) + 1;
}

int (*get_twice(void))(int)
{
	return twice;
}

/* { dg-final { function-exists twice } } */
/* { dg-final { callers twice { twice self direct inlined } } } */
/* { dg-final { callers-function twice emitted } } */
/* { dg-final { callers get_twice { get_twice self } } } */
