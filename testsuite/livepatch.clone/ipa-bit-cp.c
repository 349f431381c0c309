/* In inline-clone mode IPA-CP runs, but its known-bits propagation
   (-fipa-bit-cp) stays off: every caller passes low() a multiple of 16,
   and plain GCC compiles low() in place to return 0.  A live patch that
   adds a caller passing another value would get 0.  With the plugin low()
   keeps its mask.  The control, on the same source, is
   livepatch.default/ipa-bit-cp-control.c.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

#include "../livepatch.default/ipa-bit-cp.c"

/* { dg-final { scan-function low "\\\$15" } } */
