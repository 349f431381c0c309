/* Control for ipa-vrp-return-tailcall.c (GCC 15 and later): plain GCC
   ends bump_twice() with a jump to bump(), knowing it returns 0.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */
/* { dg-require-gcc-version 15 "tail calls through IPA-VRP return values" } */

#include "ipa-vrp-return-tailcall.c"

/* { dg-final { scan-function bump_twice "jmp\tbump" } } */
