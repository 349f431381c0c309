/* Control for ipa-ra-static.c: plain GCC keeps b in a call-clobbered
   register across the call to thrice().  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "ipa-ra-static.c"

/* { dg-final { scan-function-not use "push" } } */
/* { dg-final { scan-function use "(call|jmp)\tthrice" } } */
