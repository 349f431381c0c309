/* warn_slow() only calls a cold function, so GCC estimates its own body as
   unlikely executed, and use()'s profile estimate reads that and moves the
   call path to use.cold.  use()'s code depends on warn_slow()'s body
   without inlining it: the list names use() (calls-unlikely) and its cold
   part.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

extern void log_cold(int) __attribute__((cold));
extern void hot(int);

__attribute__((noinline)) static void warn_slow(int x)
{
	log_cold(x);
	log_cold(x + 1);
}

int use(int x)
{
	if (x > 5)
		warn_slow(x);
	hot(x);
	return x * 2;
}

/* { dg-final { scan-assembler "use\\.cold:" } } */
/* { dg-final { callers warn_slow { warn_slow self use calls-unlikely use.cold cold } } } */
