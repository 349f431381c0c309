/* In inline-clone mode IPA-CP still clones a global function for the
   constant its callers pass (scale.constprop.0): clones are recorded in
   the callers list, so a live patch can replace them with their origin.
   Plain GCC does the same, so there is no control; the test fails if the
   mode blocks cloning.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O3 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

#include "../livepatch.default/ipa-cp-clone-global.c"

/* { dg-final { scan-function use1 "(call|jmp)\tscale\\.constprop" } } */
/* { dg-final { function-exists scale.constprop.0 } } */
