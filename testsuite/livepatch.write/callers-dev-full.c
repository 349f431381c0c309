/* A list path that is a device other than the null device is refused with
   one line naming it, and the device stays a device.  Before, a build run
   as root replaced it with a regular file.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone -fplugin-arg-livepatch-callers=write-full.node" } */
/* { dg-lp-device write-full.node full } */
/* { dg-error "cannot write the callers list .write-full.node.: it is a character device, not a regular file" "" { target *-*-* } 0 } */

int f(int a)
{
	return a + 1;
}

/* { dg-final { path-unchanged write-full.node } } */
