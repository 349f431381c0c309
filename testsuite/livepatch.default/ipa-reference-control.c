/* Control for ipa-reference.c: plain GCC, with modref off so that only
   ipa-reference can tell that bump() leaves s alone, loads s once.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fno-ipa-modref" } */

#include "ipa-reference.c"

/* { dg-final { scan-function-count use "s\\(%rip\\)" 1 } } */
