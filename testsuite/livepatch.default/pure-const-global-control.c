/* Control for pure-const-global.c: plain GCC calls sq() once.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "pure-const-global.c"

/* { dg-final { scan-function-count use "(call|jmp)\tsq\n" 1 } } */
