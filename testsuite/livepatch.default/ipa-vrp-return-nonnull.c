/* Non-null return values, GCC 14 and later: when the range a pointer
   function returns excludes zero, tree-vrp.cc (execute_ranger_vrp) both
   records that range for callers and adds a "returns_nonnull" attribute to
   the function's decl (cgraph_node::add_detected_attribute).  Plain GCC
   then deletes read_slot()'s null test; a live patch letting slot_ptr()
   return NULL would leave read_slot() without it.  Both happen only under
   -fipa-vrp and not for a noipa function, which the plugin ensures: the
   call to abort stays.  The control shows it gone; GCC 11-13 do not
   discover it (UNSUPPORTED there).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */
/* { dg-require-gcc-version 14 "IPA-VRP non-null return values" } */

static int slot[2];

__attribute__((noinline)) int *slot_ptr(int i)
{
	return &slot[i & 1];
}

int read_slot(int i)
{
	int *p = slot_ptr(i);

	if (!p)
		__builtin_abort();
	return 1;
}

/* { dg-final { scan-function read_slot "call\tabort" } } */
