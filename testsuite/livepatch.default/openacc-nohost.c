/* An OpenACC routine with a nohost clause, GCC 12 and later: on the host
   its body is dropped in the middle of the passes (omp-offload.cc returns
   TODO_discard_function), so the passes end without a current function.
   The plugin must not crash there (it used to dereference the missing
   current function at PLUGIN_ALL_PASSES_END); the routine is listed as
   removed.  GCC 11 rejects the clause (UNSUPPORTED there).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fopenacc -fplugin=livepatch -fplugin-arg-livepatch-callers" } */
/* { dg-require-gcc-version 12 "the OpenACC nohost clause" } */

#pragma acc routine seq nohost
int device_only(int x)
{
	return x + 1;
}

int on_host(int x)
{
	return x * 2;
}

/* { dg-final { function-absent device_only } } */
/* { dg-final { callers-function device_only removed } } */
/* { dg-final { callers on_host { on_host self } } } */
