/* GCC's own -flive-patching=inline-only-static does not stop a flatten
   caller from inlining a global function: the late flattener in
   ipa-inline.cc (flatten_function, early == false) skips an edge only
   when both can_inline_edge_p and can_inline_edge_by_limits_p refuse it,
   and the live-patching refusal is in the second only.  use() gets mix()
   inlined.  flatten.c shows the plugin keeping the call.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -flive-patching=inline-only-static" } */

#include "flatten.c"

/* { dg-final { scan-function-not use "(call|jmp)\tmix" } } */
/* { dg-final { scan-function use2 "(call|jmp)\tmix" } } */
