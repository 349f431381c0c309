/* An optimize attribute that explicitly turns IPA-RA back on for one
   function would let its callers rely on its register use, which a live
   patch of it may change: the plugin rejects it with an error naming the
   flag and the function, instead of silently overriding the user.
   GCC quotes with typographic quotes in UTF-8 locales, so the quotes
   in the patterns are matched by '.'.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch" } */

__attribute__((optimize("ipa-ra"))) int leaf(int x) /* { dg-error "'-fipa-ra' in the optimize attribute or pragma of 'leaf' conflicts with '-fplugin-arg-livepatch-mode=inline-only-static'" } */
{
	return x * 2;
}

int use(int a, int b)
{
	return leaf(a) + b;
}
