/* Control for partial-inlining.c: plain GCC inlines get()'s early return
   into use() and calls get.part.0 for the rest.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "partial-inlining.c"

/* { dg-final { scan-function use "(call|jmp)\tget\\.part" } } */
/* { dg-final { function-exists get.part.0 } } */
