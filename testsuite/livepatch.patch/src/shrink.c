/* A global function that a fix shrinks enough to be inlined (inline-clone mode). */
extern int sink(int);

int helper(int x)
{
	int s = 0;

	for (int i = 0; i < x; i++)
		s += sink(i) * sink(i + 1) + sink(i * 3) - sink(s);
	s += sink(s) + sink(s + 1) + sink(s + 2) + sink(s + 3);
	s += sink(s) + sink(s + 1) + sink(s + 2) + sink(s + 3);
	return s;
}

int user(int x)
{
	return helper(x) + 1;
}
