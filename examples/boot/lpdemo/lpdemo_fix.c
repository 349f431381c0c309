// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * lpdemo_fix: the live patch built from the callers list.  The klp_func
 * table comes from `livepatch-callers --klp lpdemo_target.ko --function
 * lpdemo_value --file lpdemo_target.c` over the target's build directory
 * (tools/boot-test writes it to klp-table.h); this file gives the new
 * body of every symbol the table names, each calling the fixed
 * lpdemo_value().  A table naming a symbol that has no replacement here
 * fails to compile: the list, not this file, decides what is patched.
 */
#include <linux/module.h>
#include <linux/livepatch.h>
#include <linux/seq_file.h>

static int livepatch_lpdemo_value(int x)
{
	return x * 10 + 1;
}

static int livepatch_lpdemo_show_a(struct seq_file *m, void *v)
{
	seq_printf(m, "%d\n", livepatch_lpdemo_value(1));
	return 0;
}

static int livepatch_lpdemo_show_b(struct seq_file *m, void *v)
{
	seq_printf(m, "%d\n", livepatch_lpdemo_value(2));
	return 0;
}

#include "klp-table.h"

static struct klp_patch patch = {
	.mod = THIS_MODULE,
	.objs = livepatch_objs,
};

static int __init lpdemo_fix_init(void)
{
	return klp_enable_patch(&patch);
}

static void __exit lpdemo_fix_exit(void)
{
}

module_init(lpdemo_fix_init);
module_exit(lpdemo_fix_exit);
MODULE_LICENSE("GPL");
MODULE_INFO(livepatch, "Y");
MODULE_DESCRIPTION("livepatch plugin boot-test: patch built from the callers list");
