/* Control for ipa-cp-clone-global.c: plain GCC at -O3 clones scale() for
   k == 7 and calls the clone.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O3" } */

#include "ipa-cp-clone-global.c"

/* { dg-final { scan-function use1 "(call|jmp)\tscale\\.constprop" } } */
/* { dg-final { function-exists scale.constprop.0 } } */
