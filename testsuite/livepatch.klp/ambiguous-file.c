/* Two static helpers from two files of the same base name
   (other/ambiguous-file.c): the file symbols cannot tell which one this
   source compiled, so --klp fails with one line and prints no table
   rather than guess an old_sympos.  Default level.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

static __attribute__((noinline)) int helper(int x)
{
	return x * 3;
}

int use_helper(int x)
{
	return helper(x) + 1;
}

/* { dg-final { klp-error helper ambiguous-file.ko { ambiguous-file . } 1 {has 2 symbols 'helper' and 2 of them follow a file symbol 'ambiguous-file.c': cannot tell} } } */
