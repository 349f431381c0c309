/* Control for modref.c: plain GCC loads g once in use().  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "modref.c"

/* { dg-final { scan-function-count use "g\\(%rip\\)" 1 } } */
