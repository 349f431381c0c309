/* IPA-RA with a static callee, which the plugin does not make opaque:
   only -fno-ipa-ra stops use() from keeping b in a call-clobbered
   register that thrice() happens not to touch.  A live patch of thrice()
   alone would corrupt b.  With the plugin use() saves b in a callee-saved
   register.  The control shows use() without any push.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

__attribute__((noinline)) static int thrice(int x)
{
	return x * 3;
}

int use(int a, int b)
{
	return thrice(a) + b;
}

/* { dg-final { scan-function use "push" } } */
/* { dg-final { scan-function use "(call|jmp)\tthrice" } } */
