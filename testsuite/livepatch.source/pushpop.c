/* SPDX-License-Identifier: GPL-2.0-or-later */
/* #pragma pop_macro restores a definition without libcpp's define
   callback (cpp_pop_definition): its users are still named. */
#define VAL 1	/* marker: pushed */
#pragma push_macro("VAL")
#undef VAL
#define VAL 2	/* marker: inner */
int inner_val(void) { return VAL; }
#pragma pop_macro("VAL")
int outer_val(void) { return VAL; }
