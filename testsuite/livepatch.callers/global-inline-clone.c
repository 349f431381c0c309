/* In inline-clone mode a global function may be inlined: its list names
   its own symbol and every caller holding a copy.  */
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
/* { dg-final { callers add { add self use inlined } } } */
