// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * lpdemo_control: the live patch a developer writes from the changed
 * function alone, without the callers list: it replaces lpdemo_value()
 * and nothing else.  tools/boot-test shows that the inlined copies in
 * lpdemo_show_a() and lpdemo_show_b() keep the old behaviour under it.
 */
#include <linux/module.h>
#include <linux/livepatch.h>

static int livepatch_lpdemo_value(int x)
{
	return x * 10 + 1;
}

static struct klp_func funcs[] = {
	{ .old_name = "lpdemo_value", .new_func = livepatch_lpdemo_value, },
	{ }
};

static struct klp_object objs[] = {
	{ .name = "lpdemo_target", .funcs = funcs, },
	{ }
};

static struct klp_patch patch = {
	.mod = THIS_MODULE,
	.objs = objs,
};

static int __init lpdemo_control_init(void)
{
	return klp_enable_patch(&patch);
}

static void __exit lpdemo_control_exit(void)
{
}

module_init(lpdemo_control_init);
module_exit(lpdemo_control_exit);
MODULE_LICENSE("GPL");
MODULE_INFO(livepatch, "Y");
MODULE_DESCRIPTION("livepatch plugin boot-test: patch of the changed function only");
