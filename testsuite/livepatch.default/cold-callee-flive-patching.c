/* GCC's own -flive-patching does not stop frequency propagation: with
   it, explain() still lands in .text.unlikely because its only caller is
   cold.  cold-callee.c shows the plugin keeping it in .text.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -ffunction-sections -flive-patching=inline-only-static" } */

#include "cold-callee.c"

/* { dg-final { scan-assembler "\\.section\t\\.text\\.unlikely\\.explain," } } */
