/* Control for ipa-vrp-return-range.c (GCC 14 and later): plain GCC
   deletes check_low3()'s call to abort, knowing low3() returns 1..8.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */
/* { dg-require-gcc-version 14 "IPA-VRP return-value ranges" } */

#include "ipa-vrp-return-range.c"

/* { dg-final { scan-function-not check_low3 "abort" } } */
