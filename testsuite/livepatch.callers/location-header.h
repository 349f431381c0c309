/* Included by location-header.c. */
static inline int
header_helper(int x)
{
	return x * 7;
}
