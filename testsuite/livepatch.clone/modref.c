/* In inline-clone mode the global seth() is not opaque, so only
   -fno-ipa-modref, which the mode keeps, stops use() from keeping the long
   g in a register across the call because seth()'s summary says it stores
   only an int.  A live patch of seth() that also updates g would go
   unnoticed.  With the plugin use() loads g again after the call.  The
   control shows a single load.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

long g;
int h;

__attribute__((noinline)) void seth(int x)
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
