/* Control for pure-const-static.c: plain GCC calls cube() once.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "pure-const-static.c"

/* { dg-final { scan-function-count use "(call|jmp)\tcube\n" 1 } } */
