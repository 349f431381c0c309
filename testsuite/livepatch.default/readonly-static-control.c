/* Control for readonly-static.c: plain GCC folds limit to 5.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "readonly-static.c"

/* { dg-final { scan-function get "\\\$5, %eax" } } */
/* { dg-final { scan-function-not get "limit" } } */
