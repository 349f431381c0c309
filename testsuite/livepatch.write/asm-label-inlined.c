/* A static function renamed by an asm label and inlined into its caller:
   its function record and the caller's patch record use the names of the
   object, not "*st_renamed".  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

static int st(int) __asm__("st_renamed");

static int st(int x)
{
	return x * 3;
}

int use(int x)
{
	return st(x) + 1;
}

/* { dg-final { callers-function st_renamed removed } } */
/* { dg-final { callers st_renamed { use inlined } } } */
