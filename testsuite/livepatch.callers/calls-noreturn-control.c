/* Control for calls-noreturn.c: without the plugin, -fno-ipa-pure-const
   (which the plugin forces, and -flive-patching implies) hides that the
   static die_twice() never returns, so check() keeps code after the call:
   the dead end objtool reports as "unreachable instruction".  The plugin's
   own noreturn discovery is what removes it there.  (Plain GCC also
   clones die_twice for its constant argument.)  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fno-ipa-pure-const" } */

#include "calls-noreturn.c"

/* { dg-final { scan-function check "call\tdie_twice\\S*\n(\t\.cfi\[^\n\]*\n)*\t\[a-z\]" } } */
