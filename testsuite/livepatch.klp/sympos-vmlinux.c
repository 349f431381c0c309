/* In vmlinux, kallsyms is sorted by address: this file is linked first,
   so its helper comes first in the symbol table, but a linker script puts
   other/sympos-vmlinux-low.c's .text below it, so this helper is the
   second by address: old_sympos 2, and the object is vmlinux (.name
   NULL).  Default level.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

static __attribute__((noinline)) int helper(int x)
{
	return x * 3;
}

int use_helper(int x)
{
	return helper(x) + 1;
}

/* { dg-final { klp helper vmlinux { . sympos-vmlinux-low } { { helper 2 } } { sympos-vmlinux-low . } } } */
