/* ipa-reference: it lists the static variables each function reads and
   writes; bump() does not write s, so use() keeps s in a register across
   the call.  A live patch of bump() that also resets s would go
   unnoticed by use().  With the plugin use() loads s again after the
   call.  The control turns modref off to show that ipa-reference alone
   merges the loads.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

static int s;
int h;

void sets(int v)
{
	s = v;
}

__attribute__((noinline)) static void bump(void)
{
	h++;
}

int use(void)
{
	int a = s;

	bump();
	return a + s;
}

/* { dg-final { scan-function-count use "s\\(%rip\\)" 2 } } */
