/* Nothrow discovery: step() cannot throw, so GCC marks it nothrow and
   use() drops the landing pad that would run guard's cleanup if the call
   threw (no LSDA, no .gcc_except_table).  A live patch that makes step()
   call something that can throw would unwind through use() without
   releasing guard.  With the plugin use() keeps its landing pad.  The
   control and nothrow-flive-patching.c show that plain GCC, even with
   -flive-patching, drops it.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fexceptions -fplugin=livepatch" } */

extern void release(int *);
extern int counter;

__attribute__((noinline)) static int step(int x)
{
	counter += x;
	return counter * 2;
}

int use(int x)
{
	int guard __attribute__((cleanup(release))) = x;

	return step(guard);
}

/* { dg-final { scan-function use "\\.cfi_lsda" } } */
/* { dg-final { scan-assembler "\\.gcc_except_table" } } */
