/* A static function may still be inlined at the default level: its only
   callers are in this object, so a live patch that replaces it patches
   them too and the callers list names them.  This is a positive test of
   what the plugin keeps, not an effect it removes, so it has no control:
   plain GCC inlines scale() the same way.  It fails if the plugin makes
   static functions opaque as well.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

static int scale(int x)
{
	return x * 3 + 1;
}

int use(int x)
{
	return scale(x) + scale(x + 2);
}

/* { dg-final { scan-function-not use "(call|jmp)\tscale" } } */
/* { dg-final { function-absent scale } } */
