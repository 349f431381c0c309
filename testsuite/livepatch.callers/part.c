/* Partial inlining splits a function's cold tail into NAME.part.N and
   inlines the head into callers: the head's copies and the part are all
   patched with it.  inline-clone mode.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

extern void slow(int);
int table[64];

static int lookup(int x)
{
	if (x < 64)
		return table[x];
	for (int i = 0; i < x; i++) {
		slow(i);
		slow(i + 1);
		slow(i * 3);
		slow(i ^ x);
		if (i & 1)
			slow(table[i & 63]);
		else
			slow(table[(i * 7) & 63]);
	}
	slow(x);
	slow(x * 2);
	slow(x * 3);
	slow(x * 4);
	slow(x * 5);
	return -1;
}

int get1(int x)
{
	return lookup(x) + 1;
}

int get2(int x)
{
	return lookup(x + 1) + 2;
}

/* { dg-final { function-exists lookup.part.0 } } */
/* { dg-final { scan-function get1 "call\tlookup\.part\.0" } } */
/* { dg-final { callers-function lookup removed } } */
/* { dg-final { callers lookup { lookup.part.0 clone get1 inlined get2 inlined } } } */
/* { dg-final { callers get1 { get1 self } } } */
