/* Control for noreturn.c: plain GCC treats die() as noreturn and never
   calls other().  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "noreturn.c"

/* { dg-final { scan-function use "(call|jmp)\tdie" } } */
/* { dg-final { scan-function-not use "other" } } */
