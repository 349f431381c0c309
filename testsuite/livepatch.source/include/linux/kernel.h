/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Kernel-shaped macros (include/linux/container_of.h, minmax.h,
   build_bug.h): multi-line definitions that expand other macros. */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#define __same_type(a, b) __builtin_types_compatible_p(typeof(a), typeof(b))
#define offsetof(TYPE, MEMBER) __builtin_offsetof(TYPE, MEMBER)

#define BUILD_BUG_ON_MSG(cond, msg)					\
	do {								\
		extern void __build_bug(void)				\
			__attribute__((__error__(msg)));		\
		if (cond)	/* marker: build-bug-body */		\
			__build_bug();					\
	} while (0)
#define BUILD_BUG_ON(condition) \
	BUILD_BUG_ON_MSG(condition, "BUILD_BUG_ON failed: " #condition)

#define container_of(ptr, type, member) ({				\
	void *__mptr = (void *)(ptr);					\
	BUILD_BUG_ON(!__same_type(*(ptr), ((type *)0)->member) &&	\
		     !__same_type(*(ptr), void));			\
	((type *)(__mptr - offsetof(type, member))); })

#define __cmp_op_min <
#define __cmp(op, x, y)	((x) __cmp_op_##op (y) ? (x) : (y))
#define min(x, y)	__cmp(min, x, y)

/* marker: limit */
#define LIMIT 16

/* marker: unused */
#define NEVER_USED(x) ((x) + 1)

static inline int clamp_limit(int x)
{
	return min(x, LIMIT);
}

#endif /* _LINUX_KERNEL_H */
