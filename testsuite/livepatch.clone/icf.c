/* In inline-clone mode the global functions are not opaque, so only
   -fno-ipa-icf, which the mode keeps, stops GCC from folding mix_b() into
   a jump to the identical mix_a().  A live patch of mix_a() would then
   change mix_b() too.  With the plugin mix_b() keeps its own body.  The
   control, on the same source, is livepatch.default/icf-global-control.c.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

#include "../livepatch.default/icf-global.c"

/* { dg-final { scan-function-not mix_b "mix_a" } } */
/* { dg-final { scan-function mix_b "imul|sall" } } */
