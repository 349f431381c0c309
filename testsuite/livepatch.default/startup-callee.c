/* Frequency propagation: setup() is called only from a constructor, so
   GCC marks it as run only at startup and moves it to .text.startup,
   which the kernel's linker script (INIT_TEXT) puts with the init code it
   frees after boot.  A live patch that calls setup() later would jump
   into freed memory, and nothing records why setup() was placed there.
   With the plugin setup() stays in .text.  The control and
   startup-callee-flive-patching.c show that plain GCC, even with
   -flive-patching, moves it.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -ffunction-sections -fplugin=livepatch" } */

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
