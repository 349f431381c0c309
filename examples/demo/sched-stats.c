// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * A kernel-style unit for `make demo`: global entry points, static helpers,
 * a constant-argument helper that GCC likes to clone, and a leaf function
 * whose register usage IPA-RA would otherwise let callers rely on.
 */
struct rq_stats {
	unsigned long nr_running;
	unsigned long nr_switches;
	unsigned long load[3];
	unsigned long flags;
};

#define RQ_ACTIVE 0x1

/* Global leaf: plain GCC inlines it, or uses its register usage. */
unsigned long rq_load_avg(const struct rq_stats *rq)
{
	return (rq->load[0] + rq->load[1] + rq->load[2]) / 3;
}

/* Static helper: inlined with or without the plugin, and listed. */
static inline int rq_is_active(const struct rq_stats *rq)
{
	return rq->flags & RQ_ACTIVE;
}

/* Static helper called with a constant: an IPA-CP clone candidate. */
static __attribute__((noinline)) unsigned long
rq_scale(const struct rq_stats *rq, unsigned int shift)
{
	return (rq->nr_running << shift) + rq_load_avg(rq);
}

unsigned long rq_weight(const struct rq_stats *rq)
{
	if (!rq_is_active(rq))
		return 0;
	return rq_scale(rq, 10);
}

unsigned long rq_weight_sum(const struct rq_stats *a, const struct rq_stats *b)
{
	return rq_scale(a, 10) + rq_scale(b, 10) + rq_load_avg(a);
}

void rq_account_switch(struct rq_stats *rq)
{
	if (rq_is_active(rq))
		rq->nr_switches++;
}
