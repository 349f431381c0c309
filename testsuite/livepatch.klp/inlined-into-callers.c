/* A static function inlined into two callers and kept out of line for a
   pointer: the table replaces all three, under the module's name (the
   kernel's: '-' becomes '_'), none with old_sympos (each name is unique
   in the module).  Default level.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

static int value(int x)
{
	return x * 10;
}

int (*volatile value_ptr)(int) = value;

int show_a(void)
{
	return value(1);
}

int show_b(void)
{
	return value(2);
}

/* { dg-final { klp value inlined-into-callers.ko { . } { { show_a 0 } { show_b 0 } { value 0 } } } } */
