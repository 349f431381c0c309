/* Control for ipa-ra-global.c: plain GCC keeps b in a call-clobbered
   register across the call to twice(), so use() saves nothing.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "ipa-ra-global.c"

/* { dg-final { scan-function-not use "push" } } */
/* { dg-final { scan-function use "(call|jmp)\ttwice" } } */
