/* A list path that is a FIFO is refused with one line naming it, and the
   FIFO stays: writing into it would block the build until someone reads,
   and renaming over it (as before) replaced it with a regular file.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone -fplugin-arg-livepatch-callers=write.fifo" } */
/* { dg-lp-fifo write.fifo } */
/* { dg-error "cannot write the callers list .write.fifo.: it is a FIFO, not a regular file" "" { target *-*-* } 0 } */

int f(int a)
{
	return a + 1;
}

/* { dg-final { path-unchanged write.fifo } } */
