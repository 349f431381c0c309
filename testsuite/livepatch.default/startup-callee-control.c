/* Control for startup-callee.c: plain GCC puts setup() in
   .text.startup.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -ffunction-sections" } */

#include "startup-callee.c"

/* { dg-final { scan-assembler "\\.section\t\\.text\\.startup\\.setup," } } */
