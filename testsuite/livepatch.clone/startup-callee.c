/* In inline-clone mode frequency propagation stays off: plain GCC marks
   setup(), called only from a constructor, as run only at startup and
   moves it to .text.startup.  A live patch that calls setup() after boot
   would depend on where it was placed.  With the plugin it stays in
   .text.  The control (livepatch.default/startup-callee-control.c, the
   same source) and startup-callee-flive-patching.c show that plain
   GCC, even with -flive-patching=inline-clone, moves it.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -ffunction-sections -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

#include "../livepatch.default/startup-callee.c"

/* { dg-final { scan-assembler "\\.section\t\\.text\\.setup," } } */
/* { dg-final { scan-assembler-not "\\.text\\.startup\\.setup" } } */
