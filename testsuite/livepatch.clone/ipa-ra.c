/* In inline-clone mode the global twice() is not opaque, so only
   -fno-ipa-ra, which the mode keeps, stops use() from keeping b in a
   call-clobbered register that twice() happens not to touch.  A live
   patch of twice() alone would corrupt b.  With the plugin use() saves b
   in a callee-saved register.  The control shows use() without any push.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

__attribute__((noinline)) int twice(int x)
{
	return x * 2;
}

int use(int a, int b)
{
	return twice(a) + b;
}

/* { dg-final { scan-function use "push" } } */
