/* A compile that -Werror fails writes no list: GCC counts a warning made
   an error apart from errors (werrorcount, not seen_error), and before,
   the list was written as if the compile had succeeded.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -Wall -Werror -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */
/* { dg-error "all warnings being treated as errors" "the closing line of -Werror" { target *-*-* } 0 } */

static int never_used; /* { dg-error "defined but not used" } */

int f(int a)
{
	return a;
}

/* { dg-final { callers-absent } } */
