/* Noreturn discovery: die() ends in abort(), so GCC marks it noreturn
   and drops everything after the call in use().  A live patch that lets
   die() return (log and recover instead of aborting) would run off the
   end of use().  With the plugin use() still calls other() after die().
   The control shows the call to other() gone.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

extern void other(void);
extern void abort(void);

__attribute__((noinline)) static void die(void)
{
	abort();
}

void use(void)
{
	die();
	other();
}

/* { dg-final { scan-function use "(call|jmp)\tdie" } } */
/* { dg-final { scan-function use "(call|jmp)\tother" } } */
