/* Control for nothrow.c: plain GCC gives use() no landing pad.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fexceptions" } */

#include "nothrow.c"

/* { dg-final { scan-function-not use "\\.cfi_lsda" } } */
/* { dg-final { scan-assembler-not "\\.gcc_except_table" } } */
