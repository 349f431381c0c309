/* Control for isra-global.c: plain GCC splits get() and rewrites the
   split-off part's parameters; use() calls the .isra clone.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "isra-global.c"

/* { dg-final { scan-function use "(call|jmp)\tget\\.\[a-z0-9.\]*isra" } } */
