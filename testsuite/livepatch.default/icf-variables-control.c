/* Control for icf-variables.c: plain GCC folds down_table into up_table,
   and down() reads up_table.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "icf-variables.c"

/* { dg-final { scan-function down "up_table" } } */
/* { dg-final { scan-assembler-not "(?n)^down_table:" } } */
