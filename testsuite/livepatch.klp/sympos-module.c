/* Two static functions named helper in one module: old_sympos is the
   position in the module's symbol table, which the module loader's
   kallsyms keeps; other/sympos-module-first.c is linked first, so this
   file's helper is the second (new_func livepatch_helper_2), and the
   unique use_helper gets none.  Default level.  */
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

/* { dg-final { klp helper sympos-module.ko { sympos-module-first . } { { helper 2 } } } } */
