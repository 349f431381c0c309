/* A chain of static functions inlined into one another and into a global:
   every link of the chain names the global that finally holds its code.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

static int inner(int x)
{
	return x ^ 0x55;
}

static int middle(int x)
{
	return inner(x) * 7;
}

static int outer(int x)
{
	return middle(x) + middle(x + 1);
}

int top(int x)
{
	return outer(x) - 3;
}

/* { dg-final { function-absent inner } } */
/* { dg-final { callers inner { top inlined } } } */
/* { dg-final { callers middle { top inlined } } } */
/* { dg-final { callers outer { top inlined } } } */
/* { dg-final { callers top { top self } } } */
