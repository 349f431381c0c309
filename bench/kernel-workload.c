// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * bench/kernel-workload.c: the guest of bench/kernel-bench, run as /init
 * (static, no library beyond libc) by every kernel under test.
 *
 * It guards against a kernel benchmark that measures user space or the
 * emulator: each workload is a loop of system calls that spends its time
 * in the kernel (process creation, pipes, AF_UNIX and TCP sockets over
 * lo, tmpfs files, stat, getpid, page faults), with a fixed number of
 * iterations, timed by the guest with RDTSC.  Under QEMU's
 * -icount shift=0 the TSC is the virtual clock, which advances one
 * nanosecond per emulated instruction (QEMU 7.2: target/i386's RDTSC
 * helper reads cpus_get_elapsed_ticks(), which accel/tcg/tcg-accel-ops.c,
 * tcg_accel_ops_init(), points at icount_get() under -icount; that is
 * the executed-instruction count shifted by 0, softmmu/icount.c), so each
 * printed figure is the instructions that workload executed, guest
 * kernel and user alike, and does not depend on the host's load.
 *
 * Output, on the console: "BENCH: NAME iters=N ns=T" per workload, then
 * "BENCH: done"; "BENCH: error NAME: WHY" when a workload fails (the
 * host then reports it as missing).  It ends by rebooting, which QEMU's
 * -no-reboot turns into an exit.  For bench/kernel-hot, the kernel
 * command line's benchonly=NAME and benchrepeat=N (the kernel hands
 * unknown NAME=VALUE words to init as its environment: init/main.c,
 * unknown_bootoption()) run only that workload, N times.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <x86intrin.h>

#define TCP_PORT 5001

static const char *self;

static void fail(const char *name, const char *what)
{
	printf("BENCH: error %s: %s: %s\n", name, what, strerror(errno));
	fflush(stdout);
}

/* Write or read exactly N bytes: a short transfer would desynchronize
 * a ping-pong loop. */
static int xfer(int fd, void *buf, size_t n, int out)
{
	size_t done = 0;
	ssize_t r;

	while (done < n) {
		r = out ? write(fd, (char *)buf + done, n - done) :
			  read(fd, (char *)buf + done, n - done);
		if (r <= 0)
			return -1;
		done += r;
	}
	return 0;
}

/* The echoing side of a ping-pong: read N bytes, send them back, until
 * end of file; then exit (it is a forked child). */
static void echo_loop(int in, int out, size_t n)
{
	char buf[256];

	while (xfer(in, buf, n, 0) == 0)
		if (xfer(out, buf, n, 1) < 0)
			break;
	_exit(0);
}

static int w_getpid(long n)
{
	for (long i = 0; i < n; i++)
		syscall(SYS_getpid);
	return 0;
}

static int w_stat(long n)
{
	struct stat st;

	for (long i = 0; i < n; i++)
		if (stat("/tmp/bench-stat", &st) < 0)
			return fail("stat", "stat"), -1;
	return 0;
}

/* fork, exec of this program in its "exit at once" form, wait. */
static int w_fork_exec(long n)
{
	char *argv[] = { (char *)self, "exit", NULL };
	char *envp[] = { NULL };
	int st;

	for (long i = 0; i < n; i++) {
		pid_t p = fork();

		if (p < 0)
			return fail("fork-exec", "fork"), -1;
		if (p == 0) {
			execve(self, argv, envp);
			_exit(127);
		}
		if (waitpid(p, &st, 0) != p || !WIFEXITED(st) || WEXITSTATUS(st))
			return fail("fork-exec", "child"), -1;
	}
	return 0;
}

/* N round trips of SIZE bytes through the descriptor pair a (ours) and
 * b (the child's), each a wake-up and a context switch both ways. */
static int ping_pong(const char *name, int a_in, int a_out, int b_in,
		     int b_out, long n, size_t size)
{
	char buf[256] = { 1 };
	pid_t p = fork();
	int st;

	if (p < 0)
		return fail(name, "fork"), -1;
	if (p == 0) {
		close(a_in);
		if (a_out != a_in)
			close(a_out);
		echo_loop(b_in, b_out, size);
	}
	close(b_in);
	if (b_out != b_in)
		close(b_out);
	for (long i = 0; i < n; i++)
		if (xfer(a_out, buf, size, 1) < 0 || xfer(a_in, buf, size, 0) < 0)
			return fail(name, "transfer"), -1;
	close(a_out);
	if (a_in != a_out)
		close(a_in);
	waitpid(p, &st, 0);
	return 0;
}

static int w_pipe(long n)
{
	int to[2], from[2];

	if (pipe(to) < 0 || pipe(from) < 0)
		return fail("pipe", "pipe"), -1;
	return ping_pong("pipe", from[0], to[1], to[0], from[1], n, 64);
}

static int w_unix(long n)
{
	int sv[2];

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0)
		return fail("unix", "socketpair"), -1;
	return ping_pong("unix", sv[0], sv[0], sv[1], sv[1], n, 64);
}

/* Create and write 4 KiB, read it back, unlink: tmpfs and the VFS. */
static int w_file(long n)
{
	char buf[4096], name[64];

	memset(buf, 'x', sizeof(buf));
	for (long i = 0; i < n; i++) {
		int fd;

		snprintf(name, sizeof(name), "/tmp/bench-file-%ld", i % 16);
		fd = open(name, O_CREAT | O_WRONLY | O_TRUNC, 0644);
		if (fd < 0 || xfer(fd, buf, sizeof(buf), 1) < 0 || close(fd) < 0)
			return fail("file", "create"), -1;
		fd = open(name, O_RDONLY);
		if (fd < 0 || xfer(fd, buf, sizeof(buf), 0) < 0 || close(fd) < 0)
			return fail("file", "read"), -1;
		if (unlink(name) < 0)
			return fail("file", "unlink"), -1;
	}
	return 0;
}

/* 64 pages mapped, each touched (one fault each), unmapped. */
static int w_mmap(long n)
{
	const size_t len = 64 * 4096;

	for (long i = 0; i < n; i++) {
		char *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

		if (p == MAP_FAILED)
			return fail("mmap", "mmap"), -1;
		for (size_t off = 0; off < len; off += 4096)
			p[off] = 1;
		if (munmap(p, len) < 0)
			return fail("mmap", "munmap"), -1;
	}
	return 0;
}

static int tcp_listener(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET,
				 .sin_port = htons(TCP_PORT),
				 .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	int one = 1, s = socket(AF_INET, SOCK_STREAM, 0);

	if (s < 0 || setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0 ||
	    bind(s, (struct sockaddr *)&a, sizeof(a)) < 0 || listen(s, 64) < 0)
		return -1;
	return s;
}

static int tcp_connect(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET,
				 .sin_port = htons(TCP_PORT),
				 .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	int one = 1, s = socket(AF_INET, SOCK_STREAM, 0);

	if (s < 0 || connect(s, (struct sockaddr *)&a, sizeof(a)) < 0) {
		if (s >= 0)
			close(s);
		return -1;
	}
	/* No Nagle delay between the small writes of the ping-pong. */
	setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	return s;
}

/* One connection, N round trips of 64 bytes over lo. */
static int w_tcp(long n)
{
	int l = tcp_listener(), c, s;

	if (l < 0)
		return fail("tcp", "listen"), -1;
	c = tcp_connect();
	s = c < 0 ? -1 : accept(l, NULL, NULL);
	close(l);
	if (s < 0)
		return fail("tcp", "connect/accept"), -1;
	return ping_pong("tcp", c, c, s, s, n, 64);
}

/* N connections opened, one byte each way, closed: the handshake, the
 * teardown and the socket life cycle. */
static int w_tcp_connect(long n)
{
	int l = tcp_listener();
	char b = 1;

	if (l < 0)
		return fail("tcp-connect", "listen"), -1;
	for (long i = 0; i < n; i++) {
		int c = tcp_connect(), s = c < 0 ? -1 : accept(l, NULL, NULL);

		if (s < 0 || xfer(c, &b, 1, 1) < 0 || xfer(s, &b, 1, 0) < 0 ||
		    xfer(s, &b, 1, 1) < 0 || xfer(c, &b, 1, 0) < 0)
			return fail("tcp-connect", "connection"), -1;
		close(s);
		close(c);
	}
	close(l);
	return 0;
}

static const struct workload {
	const char *name;
	int (*run)(long n);
	long iters;
} workloads[] = {
	{ "getpid", w_getpid, 200000 },
	{ "stat", w_stat, 50000 },
	{ "fork-exec", w_fork_exec, 300 },
	{ "pipe", w_pipe, 20000 },
	{ "unix", w_unix, 20000 },
	{ "file", w_file, 5000 },
	{ "mmap", w_mmap, 500 },
	{ "tcp", w_tcp, 5000 },
	{ "tcp-connect", w_tcp_connect, 500 },
};

/* What the workloads need from the system: /proc, /sys, a tmpfs /tmp
 * with the file stat() looks up, and lo up (IPv4 then gives it
 * 127.0.0.1 by itself: net/ipv4/devinet.c, inetdev_event()). */
static void setup(void)
{
	struct ifreq ifr = { 0 };
	char cs[64] = "?";
	int s, fd;
	FILE *f;

	if (mount("proc", "/proc", "proc", 0, NULL) < 0 ||
	    mount("sysfs", "/sys", "sysfs", 0, NULL) < 0 ||
	    mount("tmpfs", "/tmp", "tmpfs", 0, NULL) < 0)
		fail("setup", "mount");
	fd = open("/tmp/bench-stat", O_CREAT | O_WRONLY, 0644);
	if (fd < 0)
		fail("setup", "/tmp/bench-stat");
	else
		close(fd);
	s = socket(AF_INET, SOCK_DGRAM, 0);
	strcpy(ifr.ifr_name, "lo");
	if (s < 0 || ioctl(s, SIOCGIFFLAGS, &ifr) < 0)
		fail("setup", "lo");
	ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
	if (s >= 0 && ioctl(s, SIOCSIFFLAGS, &ifr) < 0)
		fail("setup", "lo up");
	if (s >= 0)
		close(s);
	f = fopen("/sys/devices/system/clocksource/clocksource0/current_clocksource", "r");
	if (f) {
		if (fscanf(f, "%63s", cs) != 1)
			strcpy(cs, "?");
		fclose(f);
	}
	printf("BENCH: clocksource %s\n", cs);
}

int main(int argc, char **argv)
{
	const char *only = getenv("benchonly");
	long repeat = getenv("benchrepeat") ? atol(getenv("benchrepeat")) : 1;
	size_t i;

	if (argc > 1 && !strcmp(argv[1], "exit"))
		return 0;
	self = argv[0][0] == '/' ? argv[0] : "/init";
	setvbuf(stdout, NULL, _IOLBF, 0);
	setup();
	for (i = 0; i < sizeof(workloads) / sizeof(workloads[0]); i++) {
		const struct workload *w = &workloads[i];
		unsigned long long t0, t1;
		long r;

		if (only && strcmp(only, w->name))
			continue;
		/* A tenth as warm-up, so that each timed loop starts from
		 * the same warm slab caches and dentries. */
		if (w->run(w->iters / 10) < 0)
			continue;
		for (r = 0; r < repeat; r++) {
			t0 = __rdtsc();
			if (w->run(w->iters) < 0)
				break;
			t1 = __rdtsc();
			printf("BENCH: %s iters=%ld ns=%llu\n", w->name,
			       w->iters, t1 - t0);
		}
	}
	printf("BENCH: done\n");
	sync();
	reboot(RB_AUTOBOOT);
	return 0;
}
