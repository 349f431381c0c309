/* A function alias is a symbol of the object, which callers elsewhere
   name: it has its own function record, with the list of the function
   whose code it names.  Before, the list did not know it.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

int useit(int x)
{
	return x * 7;
}

int ali(int) __attribute__((alias("useit")));

/* { dg-final { callers-function ali emitted } } */
/* { dg-final { callers ali { useit self } } } */
