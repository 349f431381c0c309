/* Implicit at-calls stack scrubbing, GCC 14 and later (ipa-strub.cc,
   compute_strub_mode): mix() reads a variable of a strub type, so GCC gives
   it the at-calls interface ("at-calls-opt") without the source asking:
   use() passes it a watermark pointer and calls __strub_leave after it.
   use()'s code then depends on mix()'s body: a live patch of mix() that no
   longer reads key changes the interface the unpatched use() calls.  The
   plugin refuses the implicit choice with one error naming the function;
   naming the mode in the source is accepted
   (livepatch.default/strub-declared-at-calls.c).
   The control shows the interface in plain GCC; GCC 11-13 have no strub
   (UNSUPPORTED there).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch" } */
/* { dg-require-gcc-version 14 "the strub attribute" } */

int __attribute__((strub)) key;

__attribute__((noinline)) static int mix(int x) /* { dg-error "GCC chose at-calls .strub. for .mix. from its body, which makes its callers depend on that body" } */
{
	return x + key;
}

int use(int x)
{
	return mix(x) * 2;
}
