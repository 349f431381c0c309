/* Speculative calls of stored functions, GCC 16 and later
   (-fspeculatively-call-stored-functions, ipa-devirt.cc): the only
   function stored into struct ops's fn field is the global triple(), and
   plain GCC holds triple()'s body inside call() behind a pointer compare.
   At the default level triple() is interposable, so GCC neither
   speculates on it nor inlines it: call() keeps the plain indirect jump.
   The control shows the speculation; GCC 11-15 do not speculate here
   (UNSUPPORTED there).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */
/* { dg-require-gcc-version 16 "speculative calls of stored functions" } */

struct ops {
	int (*fn)(int);
};

int triple(int x)
{
	return x * 3;
}

static struct ops ops;

void init(void)
{
	ops.fn = triple;
}

int call(struct ops *p, int x)
{
	return p->fn(x);
}

/* { dg-final { scan-function-not call "triple" } } */
/* { dg-final { scan-function call "jmp\t\\*%rax" } } */
