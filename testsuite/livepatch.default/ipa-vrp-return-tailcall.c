/* Tail calls through a known return value, GCC 15 and later: when the
   recorded return range of bump() is the single value 0,
   tree-tailcall.cc (find_tail_calls, ipa_return_value_range) lets
   bump_twice() end in "jmp bump" and return whatever bump() returns.  A
   live patch making bump() return 1 would make bump_twice() return 1.  The
   range is recorded only under -fipa-vrp and not for a noipa function:
   with the plugin bump_twice() calls bump() twice and returns its own 0.
   The control shows the jump; GCC 11-14 do not do it (UNSUPPORTED
   there).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */
/* { dg-require-gcc-version 15 "tail calls through IPA-VRP return values" } */

extern int counter;

__attribute__((noinline)) int bump(void)
{
	counter++;
	return 0;
}

int bump_twice(void)
{
	bump();
	bump();
	return 0;
}

/* { dg-final { scan-function-not bump_twice "jmp\tbump" } } */
/* { dg-final { scan-function-count bump_twice "call\tbump" 2 } } */
