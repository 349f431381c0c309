/* A chain of 300 always_inline functions: each link holds every link below
   it, so the plugin records some 45000 (holder, held) pairs while GCC
   copies the bodies.  Looking a pair up must cost about one probe: a hash
   of the pair that kept only the held body would give all the holders of
   one link the same hash and probe sequence, about 150 probes a lookup
   here, and grow cubically with the depth (at depth 2000, 22 times the
   compile without the plugin).  The plugin counts the probes of its pair
   table in GCC's statistics dump; the bound is exact, not timed.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone -fdump-statistics-details" } */

#define LINK(prev, cur)						\
	static inline __attribute__((always_inline)) int cur(int x)	\
	{ return prev(x) * 3 + 1; }
/* Ten links from Q to P##9, and a hundred from Q to P##99. */
#define TEN(p, q) LINK(q, p##0) LINK(p##0, p##1) LINK(p##1, p##2)	\
	LINK(p##2, p##3) LINK(p##3, p##4) LINK(p##4, p##5)		\
	LINK(p##5, p##6) LINK(p##6, p##7) LINK(p##7, p##8) LINK(p##8, p##9)
#define HUNDRED(p, q) TEN(p##0, q) TEN(p##1, p##09) TEN(p##2, p##19)	\
	TEN(p##3, p##29) TEN(p##4, p##39) TEN(p##5, p##49)		\
	TEN(p##6, p##59) TEN(p##7, p##69) TEN(p##8, p##79) TEN(p##9, p##89)

static inline __attribute__((always_inline)) int a(int x)
{
	return x + 1;
}

HUNDRED(a0, a) HUNDRED(a1, a099) HUNDRED(a2, a199)

int top(int x)
{
	return a299(x);
}

/* { dg-final { callers a { top inlined } } } */
/* { dg-final { callers a150 { top inlined } } } */
/* { dg-final { callers top { top self } } } */
/* { dg-final { statistic-within "livepatch held-pair extra probes" 3 { "livepatch held-pair lookups" } } } */
