/* IPA-VRP return-value ranges, GCC 14 and later: tree-vrp.cc
   (execute_ranger_vrp) records the range each function returns
   (ipa_record_return_value_range), and every caller compiled afterwards
   reads it (gimple-range-fold.cc range_of_call, ipa_return_value_range).
   Plain GCC sees that low3() returns 1..8 and deletes check_low3()'s test;
   a live patch making low3() return 100 would leave check_low3() without
   it, and nothing records that check_low3() relied on low3()'s body.
   GCC records the range only under -fipa-vrp and not for a noipa
   function: the plugin does both (the global is interposable at the
   default level), so the call to abort stays.  The control shows it gone;
   GCC 11-13 have no such summary (UNSUPPORTED there).  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */
/* { dg-require-gcc-version 14 "IPA-VRP return-value ranges" } */

__attribute__((noinline)) int low3(int x)
{
	return (x & 7) + 1;
}

int check_low3(int x)
{
	if (low3(x) > 100)
		__builtin_abort();
	return 0;
}

/* { dg-final { scan-function check_low3 "call\tabort" } } */
