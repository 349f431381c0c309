/* Control for icf.c: plain GCC folds mix_b() into a jump to
   mix_a().  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include "icf.c"

/* { dg-final { scan-function mix_b "(call|jmp)\tmix_a" } } */
