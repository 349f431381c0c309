/* A relocatable target that is not named *.ko is not a module the kernel
   would load: refused with exit status 2 before any table is printed.
   Default level.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

int answer(int x)
{
	return x + 42;
}

/* { dg-final { klp-error answer not-a-module.o.r { . } 2 {not-a-module.o.r: a relocatable file that is not a module} } } */
