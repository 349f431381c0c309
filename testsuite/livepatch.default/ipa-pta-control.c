/* Control for ipa-pta.c: with -fipa-pta plain GCC returns 2 from keep_b()
   without reloading b after store(), knowing from every function's body
   that p points to a only.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fipa-pta" } */

#include "ipa-pta.c"

/* { dg-final { scan-function keep_b "movl\t\\\$2, %eax" } } */
/* { dg-final { scan-function-not keep_b "movl\tb\\(%rip\\), %eax" } } */
