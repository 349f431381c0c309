/* Control for isra-static.c: plain GCC calls get.isra.0 with the fields
   instead of the pointer.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "isra-static.c"

/* { dg-final { scan-function use "(call|jmp)\tget\\.isra" } } */
/* { dg-final { function-absent get } } */
