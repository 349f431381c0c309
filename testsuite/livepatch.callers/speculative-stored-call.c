/* Speculative calls of stored functions, GCC 16 and later
   (-fspeculatively-call-stored-functions, on from -O2; ipa-devirt.cc): the
   only function ever stored into struct ops's fn field is triple(), so
   GCC turns call()'s indirect call into "if (p->fn == triple) <triple's
   body> else p->fn (x)".  The guard keeps call() correct whatever a live
   patch stores (a patched init() falls back to the indirect call), but
   call() holds triple()'s body: the list names call() as a place triple()
   is inlined into, as it does for any inlined static.  Default level; the
   control shows the guard.  GCC 11-15 do not speculate here (UNSUPPORTED
   there).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */
/* { dg-require-gcc-version 16 "speculative calls of stored functions" } */

struct ops {
	int (*fn)(int);
};

static int triple(int x)
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

/* { dg-final { callers triple { call inlined triple self } } } */
/* { dg-final { callers call { call self } } } */
/* { dg-final { callers init { init self } } } */
