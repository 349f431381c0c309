/* In inline-clone mode -fno-ipa-reference stays on: plain GCC sees that
   the global bump() does not write the static s and keeps s in a register
   across the call.  A live patch of bump() that resets s would go
   unnoticed.  With the plugin use() loads s again.  The control turns
   modref off to show that ipa-reference alone merges the loads.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

static int s;
int h;

void sets(int v)
{
	s = v;
}

__attribute__((noinline)) void bump(void)
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
