/* In inline-clone mode partial inlining still splits a global function:
   use() gets get()'s early return and calls get.part.0 for the rest.
   Both are recorded in the callers list.  Plain GCC does the same, so
   there is no control; the test fails if the mode blocks the split.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

#include "../livepatch.default/partial-inlining.c"

/* { dg-final { scan-function use "(call|jmp)\tget\\.part" } } */
/* { dg-final { function-exists get.part.0 } } */
