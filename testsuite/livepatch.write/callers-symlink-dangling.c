/* A list path that is a symbolic link leading nowhere is refused with one
   line naming it, and the link stays.  Before, the rename replaced the
   link with the list, so the file the link was meant to name never got
   it.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone -fplugin-arg-livepatch-callers=write-dangling.callers" } */
/* { dg-lp-absent write-dangling.target } */
/* { dg-lp-symlink write-dangling.callers write-dangling.target } */
/* { dg-error "cannot write the callers list .write-dangling.callers.: the symbolic link leads nowhere" "" { target *-*-* } 0 } */

int f(int a)
{
	return a + 1;
}

/* { dg-final { path-unchanged write-dangling.callers } } */
/* { dg-final { path-absent write-dangling.target } } */
