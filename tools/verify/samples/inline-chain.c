// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Verifier sample: chains of inlining.  Static helpers inline into each
 * other and into global functions; a global function small enough that
 * plain GCC inlines it into its callers in the same unit.
 */
struct item {
	int key;
	int weight;
	struct item *next;
};

static inline int item_score(const struct item *it)
{
	return it->key * 3 + it->weight;
}

static inline int better(const struct item *a, const struct item *b)
{
	return item_score(a) > item_score(b);
}

static struct item *best_of(struct item *list)
{
	struct item *best = list;

	for (struct item *it = list; it; it = it->next)
		if (better(it, best))
			best = it;
	return best;
}

int list_weight(const struct item *list)
{
	int sum = 0;

	for (; list; list = list->next)
		sum += list->weight;
	return sum;
}

int list_best_key(struct item *list)
{
	struct item *b = best_of(list);

	return b ? b->key : -1;
}

int list_report(struct item *list)
{
	return list_best_key(list) * 1000 + list_weight(list);
}

__attribute__((always_inline)) static inline int clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

__attribute__((no_instrument_function)) int list_clamped(struct item *list)
{
	return clamp(list_weight(list), 0, 255);
}
