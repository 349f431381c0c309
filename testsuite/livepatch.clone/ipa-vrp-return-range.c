/* IPA-VRP return-value ranges (GCC 14 and later) in inline-clone mode,
   where low3() is not interposable: only -fipa-vrp, which the plugin
   keeps off in every mode, stops GCC from recording the range low3()
   returns and deleting check_low3()'s test.  The control is
   livepatch.default/ipa-vrp-return-range-control.c, the same source.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */
/* { dg-require-gcc-version 14 "IPA-VRP return-value ranges" } */

#include "../livepatch.default/ipa-vrp-return-range.c"

/* { dg-final { scan-function check_low3 "call\tabort" } } */
