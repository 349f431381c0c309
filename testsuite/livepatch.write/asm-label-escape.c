/* A quoted asm label with a backslash escape other than \\ and \" has no
   one name in the object: gas 2.40 reads "tab\tb" as tab\tb in the label
   and as a TAB in .globl.  The compile fails with one line naming it, and
   no list is written.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

int tab(int) __asm__("\"tab\\tb\"");
int tab(int x) /* { dg-error "the symbol name '.tab.tb.' holds a backslash escape other than '..' or '..', which the assembler reads in two ways; the callers list cannot name it" } */
{
	return x + 1;
}

/* { dg-final { callers-absent } } */
