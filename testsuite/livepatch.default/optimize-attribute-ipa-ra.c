/* An optimize("O3") attribute re-derives the -O3 defaults for its
   function, -fipa-ra included, from the command line: at -O1, where IPA-RA
   is otherwise off, it turns IPA-RA on for use() and thrice().  The
   plugin forces the flag off in each function's own options too, so use()
   still saves b in a callee-saved register across the call.  The control
   shows the attribute enabling IPA-RA (no push).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O1 -fplugin=livepatch" } */

__attribute__((noinline, optimize("O3"))) static int thrice(int x)
{
	return x * 3;
}

__attribute__((optimize("O3"))) int use(int a, int b)
{
	return thrice(a) + b;
}

/* { dg-final { scan-function use "push" } } */
/* { dg-final { scan-function use "(call|jmp)\tthrice" } } */
