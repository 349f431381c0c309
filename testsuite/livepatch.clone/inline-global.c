/* In inline-clone mode a global function may be inlined: the callers
   list names use() as a function that carries add()'s body, so a live
   patch of add() patches use() too.  Plain GCC does the same, so there
   is no control; the test fails if the mode still blocks inlining.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

int add(int a, int b)
{
	return a + b;
}

int use(int x)
{
	return add(x, 1);
}

/* { dg-final { scan-function-not use "(call|jmp)\tadd" } } */
