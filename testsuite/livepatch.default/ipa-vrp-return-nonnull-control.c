/* Control for ipa-vrp-return-nonnull.c (GCC 14 and later): plain GCC
   deletes read_slot()'s null test, knowing slot_ptr() never returns
   NULL.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */
/* { dg-require-gcc-version 14 "IPA-VRP non-null return values" } */

#include "ipa-vrp-return-nonnull.c"

/* { dg-final { scan-function-not read_slot "abort" } } */
