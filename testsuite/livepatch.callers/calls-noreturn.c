/* With -fno-ipa-pure-const GCC would no longer see that the static die()
   never returns, leave code after the call in check(), and objtool would
   warn "unreachable instruction" (why upstream reverted -flive-patching
   from Kbuild).  With the callers list on, the plugin keeps that discovery
   for static functions and lists the callers relying on it.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

extern void panic(const char *fmt, ...) __attribute__((noreturn));
extern int g;

static __attribute__((noinline)) void die(const char *m)
{
	g = 1;
	panic("%s", m);
}

static __attribute__((noinline)) void die_twice(const char *m)
{
	die(m);
}

int check(int x)
{
	if (x > 10)
		die_twice("too big");
	return x + g;
}

/* { dg-final { scan-function-not check "call\tdie_twice\n(\t\.cfi\[^\n\]*\n)*\t\[a-z\]" } } */
/* { dg-final { callers die { die self die_twice calls-noreturn check calls-noreturn } } } */
/* { dg-final { callers die_twice { die_twice self check calls-noreturn } } } */
