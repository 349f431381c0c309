/* Frequency propagation: explain() is called only from the cold fail(),
   so GCC marks it unlikely too, optimizes it for size and moves it to
   .text.unlikely.  A live patch that calls explain() from a hot path
   would run size-optimized code far from its callers, and nothing
   records why explain() was compiled that way.  With the plugin only
   explain()'s own body decides: it stays in .text.  The control and
   cold-callee-flive-patching.c show that plain GCC, even with
   -flive-patching, moves it.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -ffunction-sections -fplugin=livepatch" } */

extern void report(const char *, int);

__attribute__((noinline)) static void explain(int code)
{
	report("failure", code);
	report("code", code * 3);
}

__attribute__((cold)) void fail(int code)
{
	explain(code);
	explain(code + 1);
}

/* { dg-final { scan-assembler "\\.section\t\\.text\\.explain," } } */
/* { dg-final { scan-assembler-not "\\.text\\.unlikely\\.explain" } } */
