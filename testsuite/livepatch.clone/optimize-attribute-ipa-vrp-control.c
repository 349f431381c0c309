/* Control for optimize-attribute-ipa-vrp.c: plain GCC drops
   clampdiv()'s x < 0 test.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "optimize-attribute-ipa-vrp.c"

/* { dg-final { scan-function-not clampdiv "\\\$-1" } } */
