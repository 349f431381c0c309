/* In inline-clone mode IPA-CP runs and reads -fipa-vrp from each callee's
   own options (ipa-cp.cc, opt_for_fn (callee->decl, flag_ipa_vrp)).  An
   optimize("O3") attribute re-derives the -O3 defaults for clampdiv(),
   -fipa-vrp included; the plugin forces the flag off in those options
   too, so clampdiv() keeps its x < 0 test although every caller passes a
   value in 0..65535.  The control shows the test dropped.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

__attribute__((noinline, optimize("O3"))) static int clampdiv(int x)
{
	if (x < 0)
		return -1;
	return x / 3;
}

int use1(unsigned char c)
{
	return clampdiv(c) + 1;
}

int use2(unsigned short c)
{
	return clampdiv(c) + 2;
}

/* { dg-final { scan-function clampdiv "\\\$-1" } } */
