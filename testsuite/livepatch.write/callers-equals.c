/* A plugin argument value containing '=' is refused: GCC's
   parse_plugin_arg_opt drops one character of the value per extra '=', so
   callers=write-eq=b.list arrived as "write-eq=b.lis" and the list went
   there.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone -fplugin-arg-livepatch-callers=write-eq=b.list" } */
/* { dg-lp-absent write-eq=b.lis } */
/* { dg-error ".-fplugin-arg-livepatch-callers=write-eq=b.list. has a value containing .=., which GCC passes to plugins cut short" "" { target *-*-* } 0 } */

int f(int a)
{
	return a + 1;
}

/* { dg-final { path-absent write-eq=b.lis } } */
