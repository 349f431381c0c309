/* Control for cold-callee.c: plain GCC puts explain() in
   .text.unlikely.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -ffunction-sections" } */

#include "cold-callee.c"

/* { dg-final { scan-assembler "\\.section\t\\.text\\.unlikely\\.explain," } } */
