/* IPA-SRA passes only the field get_b() reads: the .isra clone's signature
   comes from get_b()'s body, so its callers' code depends on it too.
   inline-clone mode.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

struct s {
	int a, b, c[10];
};

static __attribute__((noinline)) int get_b(struct s *p)
{
	return p->b * 7;
}

int use_b(struct s *p)
{
	return get_b(p) + 1;
}

int use_b2(struct s *p)
{
	return get_b(p) + 2;
}

/* { dg-final { function-exists get_b.isra.0 } } */
/* { dg-final { callers get_b { get_b.isra.0 clone use_b calls-clone use_b2 calls-clone } } } */
/* { dg-final { callers use_b { use_b self get_b.isra.0 specialized use_b2 calls-clone } } } */
