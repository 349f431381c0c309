/* A helper every object of the tree inlines: a fix to it reaches each. */
static inline int clamp_index(int i, int n)
{
	return i < n ? i : n - 1;
}
