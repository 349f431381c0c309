/* Control for ipa-vrp.c: plain GCC compiles clampdiv() for non-negative
   arguments only.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "ipa-vrp.c"

/* { dg-final { scan-function-not clampdiv "\\\$-1" } } */
