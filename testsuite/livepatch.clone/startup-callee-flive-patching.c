/* GCC's own -flive-patching=inline-clone does not stop frequency
   propagation: setup() still lands in .text.startup because its only
   caller is a constructor.  startup-callee.c shows the plugin keeping it
   in .text.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -ffunction-sections -flive-patching=inline-clone" } */

#include "startup-callee.c"

/* { dg-final { scan-assembler "\\.section\t\\.text\\.startup\\.setup," } } */
