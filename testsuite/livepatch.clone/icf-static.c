/* In inline-clone mode -fno-ipa-icf stays on: two identical static
   functions keep their own bodies, so a live patch of one does not change
   what calls to the other do.  The control shows mix_b() folded away.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

__attribute__((noinline)) static int mix_a(int x, int y)
{
	return (x * 31 + y) ^ (x >> 3);
}

__attribute__((noinline)) static int mix_b(int x, int y)
{
	return (x * 31 + y) ^ (x >> 3);
}

int use(int x, int y)
{
	return mix_a(x, y) + mix_b(y, x);
}

/* { dg-final { function-exists mix_a } } */
/* { dg-final { function-exists mix_b } } */
