/* Every spelling of a symbol name GCC accepts is listed as the object's
   symbol table has it (what nm prints), byte for byte: a quoted asm label
   without its quotes ("a*b" is a*b), its \" and \\ escapes read as the
   assembler reads them, and names with $, ., a space and UTF-8.  Before,
   a quoted label was recorded with its quotes, so --function 'a*b' found
   nothing (issue 23, item 3).  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

int other(int) __asm__("\"a*b\"");
int other(int x) { return x + 1; }

int quote(int) __asm__("\"q\\\"uote\"");
int quote(int x) { return x + 2; }

int backslash(int) __asm__("\"back\\\\slash\"");
int backslash(int x) { return x + 3; }

int space(int) __asm__("\"sp ace\"");
int space(int x) { return x + 4; }

int dollar(int) __asm__("dol$lar");
int dollar(int x) { return x + 5; }

int dotted(int) __asm__("dot.ted");
int dotted(int x) { return x + 6; }

int utf8(int) __asm__("\"\xc3\xb1*q\"");
int utf8(int x) { return x + 7; }

int id$dollar(int x) { return x + 8; }

int \u00f1u(int x) { return x + 9; }

static int st(int) __asm__("\"st*in\"");
static int st(int x) { return x * 3; }
int use(int x) { return st(x) + 1; }

/* { dg-final { symbols-as-nm } } */
/* { dg-final { callers a*b { a*b self } } } */
/* { dg-final { callers st*in { use inlined } } } */
/* { dg-final { callers {q"uote} { {q"uote} self } } } */
