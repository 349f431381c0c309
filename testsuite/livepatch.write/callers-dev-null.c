/* A list path that is the null device takes no list: the compile succeeds
   and the device stays a device.  Before, the list was written to a
   temporary and renamed over it, so a build run as root replaced
   /dev/null with a regular file (and failed with "Permission denied"
   otherwise).  The node is made by the test (see write.exp).  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone -fplugin-arg-livepatch-callers=write-null.node" } */
/* { dg-lp-device write-null.node null } */

static int helper(int x)
{
	return x * 2;
}

int f(int a)
{
	return helper(a);
}

/* { dg-final { path-unchanged write-null.node } } */
