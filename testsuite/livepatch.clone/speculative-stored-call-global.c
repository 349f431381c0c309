/* Speculative calls of stored functions (GCC 16 and later) in inline-clone
   mode, where the global triple() is not interposable: GCC holds
   triple()'s body inside call() behind the pointer compare, and the list
   names call() as a place triple() is inlined into.  The control is
   livepatch.default/speculative-stored-call-global-control.c, the same
   source; GCC 11-15 do not speculate here (UNSUPPORTED there).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */
/* { dg-require-gcc-version 16 "speculative calls of stored functions" } */

#include "../livepatch.default/speculative-stored-call-global.c"

/* { dg-final { scan-function call "leaq\ttriple\\(%rip\\)" } } */
/* { dg-final { callers triple { call inlined triple self } } } */
