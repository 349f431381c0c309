/* Tail calls through a known return value (GCC 15 and later) in
   inline-clone mode: only -fipa-vrp, off in every mode, keeps
   bump_twice() from returning what bump() returns.  The control is
   livepatch.default/ipa-vrp-return-tailcall-control.c, the same source.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */
/* { dg-require-gcc-version 15 "tail calls through IPA-VRP return values" } */

#include "../livepatch.default/ipa-vrp-return-tailcall.c"

/* { dg-final { scan-function-not bump_twice "jmp\tbump" } } */
/* { dg-final { scan-function-count bump_twice "call\tbump" 2 } } */
