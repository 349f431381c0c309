#define __init __attribute__((__section__(".init.text")))
#define LIMIT 8

struct state {
	int a;
	int b;
};

int get(const struct state *s);
