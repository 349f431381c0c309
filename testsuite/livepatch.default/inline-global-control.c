/* Control for inline-global.c: without the plugin GCC inlines the global
   add() into use(), so use() carries add()'s body.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2" } */

#include "inline-global.c"

/* { dg-final { scan-function-not use "(call|jmp)\tadd" } } */
