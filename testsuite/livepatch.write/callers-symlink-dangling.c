/* A list path that is a symbolic link leading nowhere is replaced by the
   list, as any other link is (the assembler does the same with its -o),
   and nothing is created where the link pointed.  Before, the compile
   failed and kept the link.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone -fplugin-arg-livepatch-callers=write-dangling.callers" } */
/* { dg-lp-absent write-dangling.target } */
/* { dg-lp-symlink write-dangling.callers write-dangling.target } */

int f(int a)
{
	return a + 1;
}

/* { dg-final { path-is-list write-dangling.callers } } */
/* { dg-final { path-absent write-dangling.target } } */
