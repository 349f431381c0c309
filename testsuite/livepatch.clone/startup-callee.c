/* In inline-clone mode frequency propagation stays off: plain GCC marks
   setup(), called only from a constructor, as run only at startup and
   moves it to .text.startup.  A live patch that calls setup() after boot
   would depend on where it was placed.  With the plugin it stays in
   .text.  The control and startup-callee-flive-patching.c show that plain
   GCC, even with -flive-patching=inline-clone, moves it.  */
/* { dg-do compile } */
/* { dg-options "-O2 -ffunction-sections -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

extern void report(const char *, int);

__attribute__((noinline)) static void setup(int code)
{
	report("setup", code);
	report("code", code * 3);
}

__attribute__((constructor)) void init(void)
{
	setup(1);
	setup(2);
}

/* { dg-final { scan-assembler "\\.section\t\\.text\\.setup," } } */
/* { dg-final { scan-assembler-not "\\.text\\.startup\\.setup" } } */
