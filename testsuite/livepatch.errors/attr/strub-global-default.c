/* A global function with a strub attribute at the default level, GCC 14
   and later: the default level makes every global noipa, and GCC scrubs
   only a function open to IPA (ipa-strub.cc, can_strub_p), so the two
   cannot both hold.  The plugin refuses it with one line naming the
   function, instead of GCC's three about a noipa attribute the user never
   wrote; inline-clone mode accepts it (livepatch.callers/strub-internal.c)
   and so does the default level for a static function
   (livepatch.callers/strub-static.c), or a global one that is only
   strub("callable").  GCC 11-13 have no strub (UNSUPPORTED there).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch" } */
/* { dg-require-gcc-version 14 "the strub attribute" } */

__attribute__((noinline, strub("internal"))) int scrub(int x) /* { dg-error ".strub. on the global function .scrub. conflicts with .-fplugin-arg-livepatch-mode=inline-only-static.: GCC can only scrub a function open to IPA" } */
{
	volatile int secret[4];

	secret[1] = x;
	return secret[1] + 3;
}

__attribute__((noinline, strub("callable"))) int helper(int x)
{
	return x + 1;
}

int use(int x)
{
	return scrub(x) * 2 + helper(x);
}
