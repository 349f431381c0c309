/* Control for icf-global.c: plain GCC folds mix_b() into a jump to
   mix_a().  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "icf-global.c"

/* { dg-final { scan-function mix_b "(call|jmp)\tmix_a" } } */
