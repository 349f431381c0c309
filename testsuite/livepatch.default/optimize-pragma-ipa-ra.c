/* #pragma GCC optimize ("O3") gives every function after it its own
   options with the -O3 defaults, -fipa-ra included: at -O1 it turns
   IPA-RA on.  The plugin forces the flag off in those options too, so
   use() still saves b in a callee-saved register across the call.  The
   control shows the pragma enabling IPA-RA (no push).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O1 -fplugin=livepatch" } */

#pragma GCC optimize ("O3")

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
