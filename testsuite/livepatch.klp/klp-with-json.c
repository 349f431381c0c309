/* --klp prints a table, --why and --json other formats: asking for two
   is a usage error (exit status 2), not one silently ignored.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

int answer(int x)
{
	return x + 42;
}

/* { dg-final { klp-error answer klp-with-json.ko { . } 2 {give one of --why, --json and --klp} --json } } */
