/* A global function is never inlined at the default level: a live patch
   of add() must not have to patch use() too.  The control,
   inline-global-control.c, shows plain GCC inlining it.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

int add(int a, int b)
{
	return a + b;
}

int use(int x)
{
	return add(x, 1);
}

/* { dg-final { scan-function use "(call|jmp)\tadd" } } */
