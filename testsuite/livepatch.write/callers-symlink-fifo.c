/* A list path that is the user's own symbolic link to something that is
   not a regular file (here a FIFO; callers=/dev/stdout is a link to a
   terminal) is refused with one line, like that thing itself: neither the
   link nor what it leads to is touched.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone -fplugin-arg-livepatch-callers=write-linkfifo.callers" } */
/* { dg-lp-fifo write-linkfifo.fifo } */
/* { dg-lp-symlink write-linkfifo.callers write-linkfifo.fifo } */
/* { dg-error "cannot write the callers list .write-linkfifo.callers.: it is a symbolic link to a FIFO, not a regular file" "" { target *-*-* } 0 } */

int f(int a)
{
	return a + 1;
}

/* { dg-final { path-unchanged write-linkfifo.callers } } */
/* { dg-final { path-unchanged write-linkfifo.fifo } } */
