/* Stack scrubbing, GCC 14 and later (ipa-strub.cc): strub("internal")
   moves scrub()'s body into scrub.strub.0 and leaves scrub() a wrapper
   that calls it and then clears the stack it used.  Callers in the unit
   inline the wrapper and call scrub.strub.0 directly, so patching scrub()
   means patching scrub.strub.0 and every caller holding the wrapper.  GCC
   requires a strub function to stay open to IPA (can_strub_p refuses
   noipa), so the default level refuses a global one
   (livepatch.errors/attr/strub-global-default.c); this is inline-clone
   mode, where the clone and the callers are listed.  GCC 11-13 have no
   strub (UNSUPPORTED there).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */
/* { dg-require-gcc-version 14 "the strub attribute" } */

__attribute__((noinline, strub("internal"))) int scrub(int x)
{
	volatile int secret[4];

	secret[1] = x;
	return secret[1] + 3;
}

int use(int x)
{
	return scrub(x) * 2;
}

/* { dg-final { function-exists scrub.strub.0 } } */
/* { dg-final { scan-function use "call\tscrub\\.strub\\.0" } } */
/* { dg-final { callers scrub { scrub self scrub.strub.0 clone use inlined } } } */
/* { dg-final { callers use { use self } } } */
