/* Control for ipa-cp-static.c: plain GCC at -O2 replaces scale() by a
   copy specialised for k == 7.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "ipa-cp-static.c"

/* { dg-final { scan-function use1 "(call|jmp)\tscale\\.constprop" } } */
/* { dg-final { function-absent scale } } */
