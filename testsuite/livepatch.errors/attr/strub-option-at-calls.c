/* -fstrub=at-calls, GCC 14 and later: GCC gives every local function it
   can the at-calls strub interface, so whether use() passes mix() a
   watermark depends on mix()'s body (can_strub_at_calls_p: no
   __builtin_apply_args).  The plugin refuses each such implicit choice,
   naming the function; the effect is the one
   strub-implicit-at-calls-control.c shows.  GCC 11-13 have no strub
   (UNSUPPORTED there).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fstrub=at-calls -fplugin=livepatch" } */
/* { dg-require-gcc-version 14 "the strub attribute" } */

__attribute__((noinline)) static int mix(int x) /* { dg-error "GCC chose at-calls .strub. for .mix. from its body" } */
{
	volatile int scratch[4];

	scratch[0] = x;
	return scratch[0] + 1;
}

int use(int x)
{
	return mix(x) * 2;
}
