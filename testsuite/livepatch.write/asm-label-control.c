/* A quoted asm label holding a control character (here a TAB byte, which
   the assembler keeps in the symbol) cannot be a field of the list: the
   compile fails with one line naming it, escaped, and no list is
   written.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */
/* { dg-error "cannot write the callers list: the function name 'ta.tb' holds a TAB, which the list cannot represent" "" { target *-*-* } 0 } */

int tab(int) __asm__("\"ta\tb\"");
int tab(int x)
{
	return x + 1;
}

/* { dg-final { callers-absent } } */
