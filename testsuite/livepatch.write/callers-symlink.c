/* A list path that is the user's own symbolic link is replaced, as the
   assembler replaces a link given as its -o: the link becomes a regular
   file holding the list, and the file it led to is left alone.  Before,
   the plugin wrote through the link (realpath, then rename onto the
   target), the hole a link planted by another user opens (issue 23).  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone -fplugin-arg-livepatch-callers=write-link.callers" } */
/* { dg-lp-file write-link.target "old\n" } */
/* { dg-lp-symlink write-link.callers write-link.target } */

int f(int a)
{
	return a + 1;
}

/* { dg-final { path-holds write-link.target "old\n" } } */
/* { dg-final { path-is-list write-link.callers } } */
