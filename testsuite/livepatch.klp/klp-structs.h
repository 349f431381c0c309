/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The fields of <linux/livepatch.h> that a --klp table sets, so that the
 * suite compiles the generated table without kernel headers.
 */
struct klp_func {
	const char *old_name;
	void *new_func;
	unsigned long old_sympos;
};

struct klp_object {
	const char *name;
	struct klp_func *funcs;
};
