/* In inline-clone mode -fno-ipa-stack-alignment stays on: plain GCC,
   having compiled the global leaf() first and seen that it needs only
   8-byte stack alignment, calls it from use() without aligning the stack
   to 16 bytes.  A live patch of leaf() that keeps an SSE value on the
   stack would fault.  With the plugin use() aligns the stack.  The
   control shows no adjustment.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

__attribute__((noinline)) void leaf(void)
{
	__asm__ volatile("");
}

void use(void)
{
	leaf();
	leaf();
}

/* { dg-final { scan-function use "subq\t\\\$8, %rsp" } } */
