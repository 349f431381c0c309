/* Control for modref.c: plain GCC loads g once in use().  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include "modref.c"

/* { dg-final { scan-function-count use "g\\(%rip\\)" 1 } } */
