// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * lpdemo_target: the module that tools/boot-test live patches.  It guards
 * against a live patch built from the changed function alone: GCC inlines
 * the small static lpdemo_value() into lpdemo_show_a() and lpdemo_show_b()
 * (the early inliner, which both plugin modes leave on for static
 * functions), while the address taken for lpdemo_show_c() keeps an
 * out-of-line copy.  Replacing lpdemo_value() fixes /proc/lpdemo_c only;
 * the callers list names the two show functions as well, and a patch of
 * all three fixes every path.  Built with the plugin like any module of
 * the kernel it runs on.
 */
#include <linux/module.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>

/* The "bug": the fix in lpdemo_fix.c returns x * 10 + 1. */
static int lpdemo_value(int x)
{
	return x * 10;
}

/* volatile: GCC may not see through the pointer and inline this call. */
static int (*volatile lpdemo_indirect)(int) = lpdemo_value;

static int lpdemo_show_a(struct seq_file *m, void *v)
{
	seq_printf(m, "%d\n", lpdemo_value(1));
	return 0;
}

static int lpdemo_show_b(struct seq_file *m, void *v)
{
	seq_printf(m, "%d\n", lpdemo_value(2));
	return 0;
}

static int lpdemo_show_c(struct seq_file *m, void *v)
{
	seq_printf(m, "%d\n", lpdemo_indirect(3));
	return 0;
}

static int __init lpdemo_init(void)
{
	if (!proc_create_single("lpdemo_a", 0444, NULL, lpdemo_show_a) ||
	    !proc_create_single("lpdemo_b", 0444, NULL, lpdemo_show_b) ||
	    !proc_create_single("lpdemo_c", 0444, NULL, lpdemo_show_c)) {
		remove_proc_entry("lpdemo_a", NULL);
		remove_proc_entry("lpdemo_b", NULL);
		return -ENOMEM;
	}
	return 0;
}

static void __exit lpdemo_exit(void)
{
	remove_proc_entry("lpdemo_a", NULL);
	remove_proc_entry("lpdemo_b", NULL);
	remove_proc_entry("lpdemo_c", NULL);
}

module_init(lpdemo_init);
module_exit(lpdemo_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("livepatch plugin boot-test: a static function inlined into two callers");
