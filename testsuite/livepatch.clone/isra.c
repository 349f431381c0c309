/* In inline-clone mode IPA-SRA still rewrites a static function's
   parameters (get.isra.0); the clone is recorded in the callers list.
   Plain GCC does the same, so there is no control; the test fails if the
   mode blocks IPA-SRA.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

#include "../livepatch.default/isra-static.c"

/* { dg-final { scan-function use "(call|jmp)\tget\\.isra" } } */
