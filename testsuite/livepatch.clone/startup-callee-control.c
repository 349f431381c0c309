/* Control for startup-callee.c: plain GCC puts setup() in .text.startup.  */
/* { dg-do compile } */
/* { dg-options "-O2 -ffunction-sections" } */

#include "startup-callee.c"

/* { dg-final { scan-assembler "\\.section\t\\.text\\.startup\\.setup," } } */
