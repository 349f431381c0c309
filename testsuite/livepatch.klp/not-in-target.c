/* The lists name a symbol the target does not have (the target was linked
   without this object: another build): --klp fails with one line naming
   the symbol and the target, and prints no table.  Default level.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

static __attribute__((noinline)) int lonely(int x)
{
	return x * 3;
}

int use_lonely(int x)
{
	return lonely(x) + 1;
}

/* { dg-final { klp-error lonely not-in-target.ko { sympos-module-first } 1 {'lonely' \(.*not-in-target.c\) is not a symbol of not-in-target.ko} } } */
