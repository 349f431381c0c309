/* Control for speculative-stored-call-global.c (GCC 16 and later): plain
   GCC compares call()'s loaded pointer with the global triple() and holds
   triple()'s body behind the test.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */
/* { dg-require-gcc-version 16 "speculative calls of stored functions" } */

#include "speculative-stored-call-global.c"

/* { dg-final { scan-function call "leaq\ttriple\\(%rip\\)" } } */
/* { dg-final { scan-function call "lea\[lq\]\t\\(%rsi,%rsi,2\\)" } } */
