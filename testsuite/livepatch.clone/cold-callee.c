/* In inline-clone mode frequency propagation stays off: plain GCC marks
   explain(), called only from the cold fail(), unlikely too and moves it
   to .text.unlikely, optimized for size.  A live patch that calls
   explain() from a hot path would run code compiled for its old callers.
   With the plugin it stays in .text.  The control and
   cold-callee-flive-patching.c show that plain GCC, even with
   -flive-patching=inline-clone, moves it.  */
/* { dg-do compile } */
/* { dg-options "-O2 -ffunction-sections -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

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
