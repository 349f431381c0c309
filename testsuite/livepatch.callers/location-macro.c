/* A function written by a macro (the kernel's SYSCALL_DEFINEn,
   DEFINE_SHOW_ATTRIBUTE) is placed where the macro is used, the lines a fix
   to it changes, not where the macro is defined.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

#define DEFINE_GETTER(name, value)		\
	int get_##name(void)			\
	{					\
		return value;			\
	}

DEFINE_GETTER(answer, 42)

#define DEFINE_HEAD(name) long name(long x)
DEFINE_HEAD(twice)
{
	return 2 * x;
}

/* { dg-final { callers-location get_answer location-macro.c 13 13 } } */
/* { dg-final { callers-location twice location-macro.c 16 19 } } */
