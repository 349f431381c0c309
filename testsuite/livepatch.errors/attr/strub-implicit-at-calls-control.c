/* Control for strub-implicit-at-calls.c (GCC 14 and later): plain GCC
   gives mix() the at-calls strub interface, so use() scrubs the stack
   after calling it.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */
/* { dg-require-gcc-version 14 "the strub attribute" } */

#include "strub-implicit-at-calls.c"

/* { dg-final { scan-function use "call\t__strub_leave" } } */
