/* target_clones: GCC must version foo() per ISA behind an ifunc, so the
   default level leaves it cloneable (noclone would be a hard error) and
   the list names each version: the default one under its real symbol,
   foo.default, and foo.avx2 (GCC 11 numbers them: foo.default.1,
   foo.avx2.0).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

__attribute__((target_clones("avx2", "default")))
int foo(int x)
{
	return x + 1;
}

int bar(int x)
{
	return foo(x) * 2;
}

/* { dg-final { callers-regexp foo {^\{foo\.avx2(\.0)? clone\} \{foo\.default(\.1)? self\}$} } } */
/* { dg-final { callers bar { bar self } } } */
