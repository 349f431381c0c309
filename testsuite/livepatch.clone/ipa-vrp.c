/* In inline-clone mode IPA-CP runs, but its value-range propagation
   (-fipa-vrp) stays off: every caller passes clampdiv() a value in
   0..65535, and plain GCC drops its x < 0 test in place, keeping the name.
   A live patch that adds a caller passing a negative value would get a
   wrong result with no record of the assumption.  With the plugin
   clampdiv() keeps the test (its -1 return).  The control, on the
   same source, is livepatch.default/ipa-vrp-control.c.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

#include "../livepatch.default/ipa-vrp.c"

/* { dg-final { scan-function clampdiv "\\\$-1" } } */
