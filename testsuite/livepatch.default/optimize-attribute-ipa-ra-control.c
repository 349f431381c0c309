/* Control for optimize-attribute-ipa-ra.c: plain GCC at -O1 applies
   IPA-RA inside the optimize("O3") functions.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O1" } */

#include "optimize-attribute-ipa-ra.c"

/* { dg-final { scan-function-not use "push" } } */
/* { dg-final { scan-function use "(call|jmp)\tthrice" } } */
