/* Control for optimize-pragma-ipa-ra.c: plain GCC at -O1 applies IPA-RA
   under the pragma.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O1" } */

#include "optimize-pragma-ipa-ra.c"

/* { dg-final { scan-function-not use "push" } } */
/* { dg-final { scan-function use "(call|jmp)\tthrice" } } */
