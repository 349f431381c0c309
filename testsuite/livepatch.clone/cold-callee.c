/* In inline-clone mode frequency propagation stays off: plain GCC marks
   explain(), called only from the cold fail(), unlikely too and moves it
   to .text.unlikely, optimized for size.  A live patch that calls
   explain() from a hot path would run code compiled for its old callers.
   With the plugin it stays in .text.  The control
   (livepatch.default/cold-callee-control.c, the same source) and
   cold-callee-flive-patching.c show that plain GCC, even with
   -flive-patching=inline-clone, moves it.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -ffunction-sections -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

#include "../livepatch.default/cold-callee.c"

/* { dg-final { scan-assembler "\\.section\t\\.text\\.explain," } } */
/* { dg-final { scan-assembler-not "\\.text\\.unlikely\\.explain" } } */
