/* In inline-clone mode the global sq() is not opaque, so only
   -fno-ipa-pure-const, which the mode keeps, stops GCC from finding sq()
   const and merging the two calls in use().  A live patch that gives sq()
   a side effect would see it happen once.  With the plugin use() calls
   sq() twice.  The control shows a single call.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

__attribute__((noinline)) int sq(int x)
{
	return x * x + 3;
}

int use(int x)
{
	return sq(x) + sq(x);
}

/* { dg-final { scan-function-count use "(call|jmp)\tsq\n" 2 } } */
