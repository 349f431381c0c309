/* Control for icf-static.c: plain GCC emits only mix_a() and makes
   mix_b an alias of it.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "icf-static.c"

/* { dg-final { function-exists mix_a } } */
/* { dg-final { function-absent mix_b } } */
/* { dg-final { scan-assembler "\\.set\tmix_b,\[ \t\]*mix_a" } } */
