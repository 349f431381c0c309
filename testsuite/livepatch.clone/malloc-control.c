/* Control for malloc.c: plain GCC returns 1 without reloading *p.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "malloc.c"

/* { dg-final { scan-function use "movl\t\\\$1, %eax" } } */
/* { dg-final { scan-function-not use "movl\t\\(%r\[a-z0-9\]+\\), %eax" } } */
