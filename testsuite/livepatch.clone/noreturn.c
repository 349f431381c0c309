/* In inline-clone mode -fno-ipa-pure-const also stops noreturn discovery
   for the global die(), which ends in abort(): plain GCC drops the call
   to other() after it.  A live patch that lets die() return would run off
   the end of use().  With the plugin use() still calls other().  The
   control shows the call gone.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

extern void other(void);
extern void abort(void);

__attribute__((noinline)) void die(void)
{
	abort();
}

void use(void)
{
	die();
	other();
}

/* { dg-final { scan-function use "(call|jmp)\tother" } } */
