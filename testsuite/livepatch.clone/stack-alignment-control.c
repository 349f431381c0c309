/* Control for stack-alignment.c: plain GCC calls leaf() with the stack as it
   came in.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "stack-alignment.c"

/* { dg-final { scan-function-not use "%rsp" } } */
/* { dg-final { scan-function use "call\tleaf" } } */
