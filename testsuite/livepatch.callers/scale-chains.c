/* The callers list costs work linear in the unit, not in the square of its
   number of functions: generated kernel files (register tables, big
   drivers) have tens of thousands.  1000 chains of four static functions,
   each inlined into a global: 5000 functions.  A list per function read
   from a pass over every body and call of the unit would take some 5000
   steps per function; reading the graph backwards from each function
   takes a few per body, pair, call and line written.  The plugin counts
   its steps in GCC's statistics dump, so the bound is exact, not timed.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone -fdump-statistics-details" } */

#define CHAIN(p)						\
	static int p##_0(int x) { return x * 3 + 1; }		\
	static int p##_1(int x) { return p##_0(x + 1) ^ x; }	\
	static int p##_2(int x) { return p##_1(x + 2) ^ x; }	\
	static int p##_3(int x) { return p##_2(x + 3) ^ x; }	\
	int p(int x) { return p##_3(x) + 3; }
#define TEN_CHAINS(p) CHAIN(p##0) CHAIN(p##1) CHAIN(p##2) CHAIN(p##3)	\
	CHAIN(p##4) CHAIN(p##5) CHAIN(p##6) CHAIN(p##7) CHAIN(p##8) CHAIN(p##9)
#define HUNDRED(p) TEN_CHAINS(p##0) TEN_CHAINS(p##1) TEN_CHAINS(p##2)	\
	TEN_CHAINS(p##3) TEN_CHAINS(p##4) TEN_CHAINS(p##5)		\
	TEN_CHAINS(p##6) TEN_CHAINS(p##7) TEN_CHAINS(p##8) TEN_CHAINS(p##9)

HUNDRED(f0) HUNDRED(f1) HUNDRED(f2) HUNDRED(f3) HUNDRED(f4)
HUNDRED(f5) HUNDRED(f6) HUNDRED(f7) HUNDRED(f8) HUNDRED(f9)

/* { dg-final { callers f123_0 { f123 inlined } } } */
/* { dg-final { callers f999 { f999 self } } } */
/* { dg-final { statistic-within "livepatch list steps" 8 { "livepatch graph size" "livepatch list lines" } } } */
