/* Stack scrubbing of a static function, GCC 14 and later, at the default
   level: strub("internal") moves scrub()'s body into scrub.strub.0, and
   the wrapper left under scrub()'s name is inlined into use(), which then
   calls scrub.strub.0 directly.  The list names both for scrub(), and
   scrub() itself as removed.  GCC 11-13 have no strub (UNSUPPORTED
   there).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */
/* { dg-require-gcc-version 14 "the strub attribute" } */

__attribute__((noinline, strub("internal"))) static int scrub(int x)
{
	volatile int secret[4];

	secret[1] = x;
	return secret[1] + 3;
}

int use(int x)
{
	return scrub(x) * 2;
}

/* { dg-final { function-exists scrub.strub.0 } } */
/* { dg-final { function-absent scrub } } */
/* { dg-final { scan-function use "call\tscrub\\.strub\\.0" } } */
/* { dg-final { callers scrub { scrub.strub.0 clone use inlined } } } */
/* { dg-final { callers-function scrub removed } } */
/* { dg-final { callers use { use self } } } */
