/* Pure/const discovery: GCC finds that sq() reads no memory and has no
   side effect, so use() calls it once and doubles the result.  A live
   patch that gives sq() a side effect (a counter, a trace point) would
   see it happen once instead of twice.  With the plugin sq() is opaque
   and use() calls it twice.  The control shows a single call.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

__attribute__((noinline)) int sq(int x)
{
	return x * x + 3;
}

int use(int x)
{
	return sq(x) + sq(x);
}

/* { dg-final { scan-function-count use "(call|jmp)\tsq\n" 2 } } */
