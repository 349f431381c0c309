/* -fstrub=all in inline-clone mode, GCC 14 and later: GCC strubs every
   function it can.  The global use() gets the internal mode (its body
   moves to use.strub.0 behind a wrapper, a clone the callers list names),
   which the plugin accepts; the static mix() gets the at-calls interface,
   chosen from its body, which the plugin refuses, naming mix() only.  The
   source is strub-option-at-calls.c's.  GCC 11-13 have no strub
   (UNSUPPORTED there).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fstrub=all -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */
/* { dg-require-gcc-version 14 "the strub attribute" } */
/* { dg-error "GCC chose at-calls .strub. for .mix. from its body" "" { target *-*-* } 12 } */

#include "strub-option-at-calls.c"
