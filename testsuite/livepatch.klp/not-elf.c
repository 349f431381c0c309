/* A target that is not an ELF file (a typo, a script, a stripped-down
   copy): refused with one line naming it and exit status 2, no table.
   Default level.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

int answer(int x)
{
	return x + 42;
}

/* { dg-final { klp-error answer not-elf.ko text 2 {not-elf.ko: not an ELF file} } } */
