/* Pure/const discovery on a static callee: only -fno-ipa-pure-const
   keeps GCC from merging the two calls to cube() in use().  A live patch
   of cube() that adds a side effect would see it happen once.  With the
   plugin use() calls cube() twice.  The control shows a single call.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

__attribute__((noinline)) static int cube(int x)
{
	return x * x * x;
}

int use(int x)
{
	return cube(x) + cube(x);
}

/* { dg-final { scan-function-count use "(call|jmp)\tcube\n" 2 } } */
