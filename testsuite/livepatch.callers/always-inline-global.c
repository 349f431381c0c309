/* always_inline is the one global body the default level cannot keep out
   of its callers (GCC must inline it): the list names every caller.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

__attribute__((always_inline)) inline int bump(int x)
{
	return x + 42;
}

int user1(int x)
{
	return bump(x) * 2;
}

int user2(int x)
{
	return bump(x) - 1;
}

/* { dg-final { scan-function-not user1 "(call|jmp)\tbump" } } */
/* { dg-final { callers bump { user1 inlined user2 inlined } } } */
/* { dg-final { callers-function bump removed } } */
