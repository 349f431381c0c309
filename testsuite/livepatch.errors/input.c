/* Input for errors.exp: any valid translation unit.  */
int add(int a, int b)
{
	return a + b;
}
