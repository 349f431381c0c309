/* bb-reorder moves the unlikely part of a function to NAME.cold in
   .text.unlikely: a separate symbol that holds part of the body.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

extern void report(int) __attribute__((cold));
extern int work(int);

int handle(int x)
{
	if (x < 0) {
		report(x);
		report(-x);
		return work(x) - 1;
	}
	return work(x) + 1;
}

/* { dg-final { scan-assembler "handle\\.cold:" } } */
/* { dg-final { callers handle { handle self handle.cold cold } } } */
