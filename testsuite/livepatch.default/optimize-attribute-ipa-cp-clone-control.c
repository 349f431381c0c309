/* Control for optimize-attribute-ipa-cp-clone.c: plain GCC at -O2 clones
   scale() for k == 7 because of its optimize("O3") attribute.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "optimize-attribute-ipa-cp-clone.c"

/* { dg-final { scan-function use1 "(call|jmp)\tscale\\.constprop" } } */
/* { dg-final { scan-function use3 "(call|jmp)\tscale\n" } } */
