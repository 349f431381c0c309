/* A C++ constructor is emitted once, as the base-object constructor
   _ZN1AC2Ei, with the complete-object constructor _ZN1AC1Ei an alias of it
   (same address), and callers in other objects call _ZN1AC1Ei: both are
   in the list, with the same symbols to patch.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

struct A {
	int x;
	A(int v);
};

A::A(int v) : x(v)
{
}

int use(int v)
{
	A a(v);
	return a.x;
}

/* { dg-final { callers-function _ZN1AC1Ei emitted } } */
/* { dg-final { callers _ZN1AC1Ei { _ZN1AC2Ei self _Z3usei inlined } } } */
/* { dg-final { callers _ZN1AC2Ei { _ZN1AC2Ei self _Z3usei inlined } } } */
