/* In inline-clone mode -fno-ipa-pure-const also stops malloc discovery:
   plain GCC gives the global mk() the malloc attribute, and use() assumes
   q cannot alias p and returns the constant 1.  A live patch that makes
   mk() return a shared buffer would break use().  With the plugin use()
   reloads *p.  The control shows the constant.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

extern void *malloc(unsigned long);

__attribute__((noinline)) int *mk(void)
{
	return malloc(16);
}

int use(int *p, int **out)
{
	int *q = mk();

	*out = q;
	*p = 1;
	*q = 2;
	return *p;
}

/* { dg-final { scan-function use "movl\t\\(%r\[a-z0-9\]+\\), %eax" } } */
/* { dg-final { scan-function-not use "movl\t\\\$1, %eax" } } */
