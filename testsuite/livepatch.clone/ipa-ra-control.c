/* Control for ipa-ra.c: plain GCC keeps b in a call-clobbered
   register across the call to twice().  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "ipa-ra.c"

/* { dg-final { scan-function-not use "push" } } */
/* { dg-final { scan-function use "(call|jmp)\ttwice" } } */
