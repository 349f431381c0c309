/* The assume attribute, GCC 13 and later: pass_assumptions
   (tree-assume.cc) outlines the condition into an artificial function,
   half._assume.0, reads from it the range of x that the condition implies
   (so half() divides without fixing up negative x), then discards the
   artificial function: its pass returns TODO_discard_function, and the
   passes end without a current function.  It is never emitted and serves
   only the function it came from, so it makes no function depend on
   another's body; the plugin must only not crash on it (it used to
   dereference the missing current function at PLUGIN_ALL_PASSES_END).
   GCC 11 and 12 ignore the attribute (UNSUPPORTED there).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */
/* { dg-require-gcc-version 13 "the assume attribute" } */

int half(int x)
{
	__attribute__((assume(x > 0 && x < 100)));
	return x / 2;
}

/* { dg-final { scan-function half "sarl" } } */
/* { dg-final { scan-function-not half "shrl\t\\\$31" } } */
/* { dg-final { function-absent half._assume.0 } } */
/* { dg-final { callers half { half self } } } */
