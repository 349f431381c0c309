/* IPA stack alignment: leaf() is compiled first and needs only 8-byte
   stack alignment, so GCC lets use() call it without first aligning the
   stack to the 16 bytes the ABI promises (no "subq $8, %rsp").  A live
   patch of leaf() that keeps an SSE value on the stack would fault on the
   misaligned stack.  With the plugin use() aligns the stack.  The
   control shows no adjustment.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

__attribute__((noinline)) static void leaf(void)
{
	__asm__ volatile("");
}

void use(void)
{
	leaf();
	leaf();
}

/* { dg-final { scan-function use "subq\t\\\$8, %rsp" } } */
