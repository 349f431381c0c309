/* In inline-clone mode nothrow discovery stays off: plain GCC finds that
   the global step() cannot throw and drops the landing pad in use() that
   would run guard's cleanup.  A live patch that makes step() throw would
   unwind through use() without releasing guard.  With the plugin use()
   keeps its landing pad.  The control and nothrow-flive-patching.c show
   that plain GCC, even with -flive-patching=inline-clone, drops it.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fexceptions -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

extern void release(int *);
extern int counter;

__attribute__((noinline)) int step(int x)
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
