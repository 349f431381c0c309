/* Mod/ref summaries: modref records that seth() stores only an int, so
   use() keeps the long g in a register across the call instead of
   loading it again.  A live patch of seth() that also updates g would go
   unnoticed by use().  With the plugin use() loads g after the call
   again.  The control shows a single load.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

long g;
int h;

__attribute__((noinline)) static void seth(int x)
{
	h = x;
}

long use(int x)
{
	long a = g;

	seth(x);
	return a + g;
}

/* { dg-final { scan-function-count use "g\\(%rip\\)" 2 } } */
