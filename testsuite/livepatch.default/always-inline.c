/* The documented exception: a global always_inline function is still
   inlined with the plugin, because GCC must inline it (making it opaque
   turns every call into an "inlining failed" error).  Its body then lives
   on in use(), and the callers list is what records that.  The extern
   declaration makes add() a real global definition (C99 6.7.4), not just
   an inline one, so the plugin does see it.  A positive test of what the
   plugin keeps; plain GCC does the same, so there is no control.  It
   fails if the plugin makes always_inline functions opaque too.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

extern int add(int a, int b);

__attribute__((always_inline)) inline int add(int a, int b)
{
	return a * 5 + b;
}

int use(int x)
{
	return add(x, 1);
}

/* { dg-final { scan-function-not use "(call|jmp)\tadd" } } */
/* { dg-final { function-exists add } } */
