/* Non-null return values (GCC 14 and later) in inline-clone mode: only
   -fipa-vrp, off in every mode, stops GCC from deleting read_slot()'s null
   test.  The control is livepatch.default/ipa-vrp-return-nonnull-control.c,
   the same source.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */
/* { dg-require-gcc-version 14 "IPA-VRP non-null return values" } */

#include "../livepatch.default/ipa-vrp-return-nonnull.c"

/* { dg-final { scan-function read_slot "call\tabort" } } */
