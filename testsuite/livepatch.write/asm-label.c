/* A function renamed by an asm label is listed as the object names it
   (what nm prints), not as GCC's internal assembler name "*glob_renamed",
   so livepatch-callers --function glob_renamed finds it.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

int glob(int) __asm__("glob_renamed");

int glob(int x)
{
	return x + 1;
}

/* { dg-final { callers-function glob_renamed emitted } } */
/* { dg-final { callers glob_renamed { glob_renamed self } } } */
