/* A header macro used by functions of two units (stale-macro.exp). */
#define CAP 8
#define CLAMP(x)				\
	((x) > CAP ? CAP : (x))
#define UNUSED_MACRO 5
