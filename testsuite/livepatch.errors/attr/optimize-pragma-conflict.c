/* #pragma GCC optimize ("ipa-pure-const") explicitly turns pure/const
   discovery back on for the functions after it: the plugin rejects it,
   naming the flag and the function whose options it found it in.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch" } */

#pragma GCC optimize ("ipa-pure-const")

int sq(int x) /* { dg-error "'-fipa-pure-const' in the optimize attribute or pragma of 'sq' conflicts with" } */
{
	return x * x;
}
