/* Control for ipa-bit-cp.c: plain GCC compiles low() to return 0.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "ipa-bit-cp.c"

/* { dg-final { scan-function-not low "\\\$15" } } */
