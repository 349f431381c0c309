/* A list path that is a symbolic link is followed: the file it leads to
   is replaced by the list and the link stays, as for any program writing
   through a link.  Before, the rename replaced the link itself.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone -fplugin-arg-livepatch-callers=write-link.callers" } */
/* { dg-lp-file write-link.target "old\n" } */
/* { dg-lp-symlink write-link.callers write-link.target } */

int f(int a)
{
	return a + 1;
}

/* { dg-final { path-unchanged write-link.callers } } */
/* { dg-final { path-is-list write-link.target } } */
