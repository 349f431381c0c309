/* In inline-clone mode -fno-ipa-icf stays on: two identical static
   functions keep their own bodies, so a live patch of one does not change
   what calls to the other do.  The control, on the same
   source, is livepatch.default/icf-static-control.c.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

#include "../livepatch.default/icf-static.c"

/* { dg-final { function-exists mix_a } } */
/* { dg-final { function-exists mix_b } } */
