/* GCC's own -flive-patching=inline-clone leaves the implicit at-calls
   strub interface on (GCC 14 and later): use() still passes mix() a
   watermark and scrubs after it.  strub-implicit-at-calls.c shows the
   plugin refusing it.  GCC 11-13 have no strub (UNSUPPORTED there).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -flive-patching=inline-clone" } */
/* { dg-require-gcc-version 14 "the strub attribute" } */

#include "strub-implicit-at-calls.c"

/* { dg-final { scan-function use "call\t__strub_leave" } } */
