/* optimize("O3") alone names no forced-off flag: the -O3 defaults it
   re-derives turn IPA-RA and friends back on without marking them
   explicit, and the plugin forces those off again silently
   (optimize-attribute-ipa-ra.c shows the effect).  It must compile with
   no diagnostic at all, or kernels using the attribute could not be
   built.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch" } */

__attribute__((optimize("O3"))) int scale(int x, int k)
{
	int r = 0;

	for (int i = 0; i < k; i++)
		r += x * i + k;
	return r;
}

#pragma GCC optimize ("O3")

int use(int x)
{
	return scale(x, 7);
}
