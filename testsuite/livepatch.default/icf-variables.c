/* Identical code folding of read-only variables (-fipa-icf-variables,
   ipa-icf.cc): up_table and down_table hold the same values, so plain GCC
   emits only up_table, and down() reads it (or down_table becomes an
   alias of it, with -fno-ipa-icf-functions).  down()'s code then refers to
   data that up()'s source defines: a live patch of down() built where the
   tables differ expects a down_table of its own, which the running kernel
   does not have, and a patch tool comparing objects sees down() read
   up()'s table.
   GCC's -flive-patching turns it off with function ICF; so does the
   plugin, and each function reads its own table.  The control shows the
   merge.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

static const int up_table[] = { 11, 22, 33, 44, 55, 66, 77, 88 };
static const int down_table[] = { 11, 22, 33, 44, 55, 66, 77, 88 };

int up(int i)
{
	return up_table[i & 7];
}

int down(int i)
{
	return down_table[i & 7];
}

/* { dg-final { scan-assembler "(?n)^down_table:" } } */
/* { dg-final { scan-assembler-not "\\.set\tdown_table" } } */
/* { dg-final { scan-function down "down_table" } } */
