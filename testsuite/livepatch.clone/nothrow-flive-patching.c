/* GCC's own -flive-patching=inline-clone does not stop nothrow discovery
   (it has no -f flag): use() still loses its landing pad.  nothrow.c
   shows the plugin keeping it.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fexceptions -flive-patching=inline-clone" } */

#include "nothrow.c"

/* { dg-final { scan-function-not use "\\.cfi_lsda" } } */
/* { dg-final { scan-assembler-not "\\.gcc_except_table" } } */
