/* Identical code folding of read-only variables in inline-clone mode:
   -fipa-icf-variables stays off, so down() reads its own table.  The
   control is livepatch.default/icf-variables-control.c, the same
   source.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

#include "../livepatch.default/icf-variables.c"

/* { dg-final { scan-assembler "(?n)^down_table:" } } */
/* { dg-final { scan-assembler-not "\\.set\tdown_table" } } */
/* { dg-final { scan-function down "down_table" } } */
