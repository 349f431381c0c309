/* Control for flatten.c: plain GCC flattens mix() into use() but not into
   use2().  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "flatten.c"

/* { dg-final { scan-function-not use "(call|jmp)\tmix" } } */
/* { dg-final { scan-function use2 "(call|jmp)\tmix" } } */
