/* -fplugin-arg-livepatch-disable loads the plugin but changes nothing:
   an object that opts out is compiled exactly as without the plugin, so
   the global add() is inlined into use() as plain GCC does
   (inline-global-control.c).  It fails if the plugin still acts.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-disable" } */

int add(int a, int b)
{
	return a + b;
}

int use(int x)
{
	return add(x, 1);
}

/* { dg-final { scan-function-not use "(call|jmp)\tadd" } } */
