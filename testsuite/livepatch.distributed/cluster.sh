#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Run COMMAND next to real distributed-compile daemons that can reach
# nothing but themselves, and stop every daemon afterwards, also on failure.
#
#   cluster.sh icecc  WORKDIR COMMAND [ARG...]
#   cluster.sh distcc WORKDIR COMMAND [ARG...]
#
# icecc:  an icecc-scheduler and two iceccd: "lplocal" (--no-remote, the
#         client's own daemon) and "lpworker", which compiles in the
#         environment it is sent, chrooted.  COMMAND gets ICECC_TEST_SOCKET
#         (lplocal's socket), ICECC_PREFERRED_HOST=lpworker and
#         ICECC_TEST_REMOTEBUILD=1, so that an icecc compile is sent to the
#         worker; logs, once COMMAND is done:
#         WORKDIR/run/{scheduler,lplocal,lpworker}.log.
# distcc: one distccd; COMMAND gets DISTCC_HOSTS and a fresh DISTCC_DIR
#         (no back-off state from earlier runs); log WORKDIR/distccd.log.
#
# Guards against: traffic to any address but loopback, and daemons that
# outlive the test.  Everything runs in new network, mount and pid
# namespaces (unshare(1), as root): the network has only "lo", so neither
# icecream's broadcast discovery nor any listening socket reaches another
# host or another user's daemons, and when this script (pid 1 there) exits,
# however it exits, the kernel kills whatever it started.  It also stops
# each daemon by its pid, TERM then KILL after 10 s, so logs are flushed.
# Its own variables are named cl_*, so that COMMAND sees the caller's
# environment unchanged but for the variables named above.
# Exit status: COMMAND's, or 77 with one line on stderr when a daemon cannot
# be started (not root, a program missing), 78 when daemons do not come up.
set -u

if [ "${LP_CLUSTER_INSIDE:-}" != 1 ]; then
	[ $# -ge 3 ] || { echo "usage: cluster.sh icecc|distcc WORKDIR COMMAND..." >&2; exit 2; }
	[ "$(id -u)" = 0 ] || { echo "cluster.sh: not root: iceccd needs chroot(2) and the namespaces need CAP_SYS_ADMIN" >&2; exit 77; }
	for p in unshare ip; do
		command -v $p >/dev/null || { echo "cluster.sh: $p not found (packages util-linux, iproute2)" >&2; exit 77; }
	done
	export LP_CLUSTER_INSIDE=1
	exec unshare --net --mount --pid --fork --mount-proc "$0" "$@"
fi

cl_kind=$1 cl_work=$2
shift 2
mkdir -p "$cl_work" && cl_work=$(cd "$cl_work" && pwd) || exit 2
ip link set lo up || { echo "cluster.sh: cannot bring up lo in the new network namespace" >&2; exit 77; }

cl_pids=()
stop_all() {
	local cl_pid i
	for cl_pid in "${cl_pids[@]}"; do
		kill -TERM "$cl_pid" 2>/dev/null
	done
	for cl_pid in "${cl_pids[@]}"; do
		for i in $(seq 1 100); do
			kill -0 "$cl_pid" 2>/dev/null || break
			sleep 0.1
		done
		kill -KILL "$cl_pid" 2>/dev/null
		wait "$cl_pid" 2>/dev/null
	done
	if [ -n "${cl_run:-}" ]; then
		cp "$cl_run"/*.log "$cl_work/run/" 2>/dev/null
		umount /proc/stat 2>/dev/null
		rm -rf "$cl_run"
	fi
}
trap stop_all EXIT

# wait_for SECONDS FILE PATTERN: FILE gets a line matching PATTERN.
wait_for() {
	local i
	for i in $(seq 1 $(($1 * 5))); do
		grep -q -- "$3" "$2" 2>/dev/null && return 0
		sleep 0.2
	done
	echo "cluster.sh: no '$3' in $2 after $1 s" >&2
	return 1
}

need() {
	local p
	for p in "$@"; do
		command -v "$p" >/dev/null ||
			{ echo "cluster.sh: $p not found" >&2; exit 77; }
	done
}

case $cl_kind in
icecc)
	need icecc icecc-scheduler iceccd
	id icecc >/dev/null 2>&1 ||
		{ echo "cluster.sh: no user 'icecc' (package icecc)" >&2; exit 77; }
	# iceccd keeps only CAP_SYS_CHROOT and runs as user icecc (libcap-ng):
	# its logs, sockets and environment directories must be icecc's, in a
	# directory icecc can reach (WORKDIR may be under a private home), so
	# in a fresh one under /tmp; stop_all copies the logs to WORKDIR/run
	# and removes it.
	rm -rf "$cl_work/run" && mkdir -p "$cl_work/run" || exit 2
	cl_run=$(mktemp -d /tmp/livepatch-icecc.XXXXXX) &&
		chmod 755 "$cl_run" && chown icecc: "$cl_run" ||
		{ echo "cluster.sh: cannot make a directory for iceccd under /tmp" >&2; exit 77; }
	# ICECC_TESTS: icecream's own test mode.  Here it matters for one
	# thing: broadcasts (the scheduler announces itself at start-up) go to
	# loopback only instead of every interface's broadcast address.
	export ICECC_TESTS=1
	# The scheduler gives a job only to a daemon whose load is below 1000,
	# and iceccd reports 1000 minus its CPU idle share read from
	# /proc/stat (daemon/load.cpp).  On a machine busy with other work the
	# worker would never be chosen and the client would give up and
	# compile locally after 4 minutes, which is not what is tested here.
	# So the daemons see a frozen copy of /proc/stat, in this private
	# mount namespace only: no tick moves, which load.cpp reads as idle.
	cat /proc/stat >"$cl_run/proc-stat" &&
		mount --bind "$cl_run/proc-stat" /proc/stat ||
		{ echo "cluster.sh: cannot bind-mount over /proc/stat" >&2; exit 77; }
	cl_sport=8765
	icecc-scheduler -p $cl_sport -n lptest -l "$cl_run/scheduler.log" -vvv &
	cl_pids+=($!)
	wait_for 20 "$cl_run/scheduler.log" "scheduler ready" || exit 78
	for cl_node in lplocal lpworker; do
		if [ $cl_node = lplocal ]; then
			cl_extra=(--no-remote)
		else
			cl_extra=(-p 10246)
		fi
		ICECC_TEST_SOCKET=$cl_run/$cl_node.socket ICECC_SCHEDULER=127.0.0.1:$cl_sport \
			iceccd "${cl_extra[@]}" -m 2 -n lptest -N $cl_node -u icecc \
			-b "$cl_run/envs-$cl_node" -l "$cl_run/$cl_node.log" -vvv &
		cl_pids+=($!)
	done
	for cl_node in lplocal lpworker; do
		wait_for 60 "$cl_run/scheduler.log" "login $cl_node " || exit 78
	done
	export ICECC_TEST_SOCKET=$cl_run/lplocal.socket
	export ICECC_PREFERRED_HOST=lpworker ICECC_TEST_REMOTEBUILD=1
	;;
distcc)
	need distcc distccd
	rm -rf "$cl_work/distcc-state" && mkdir -p "$cl_work/distcc-state"
	cl_port=3632
	distccd --daemon --no-detach --listen 127.0.0.1 --port $cl_port \
		--allow 127.0.0.1 --jobs 1 --log-stderr --log-level=debug \
		2>"$cl_work/distccd.log" &
	cl_pids+=($!)
	wait_for 20 "$cl_work/distccd.log" "listening on 127.0.0.1:$cl_port" || exit 78
	export DISTCC_HOSTS=127.0.0.1:$cl_port/1 DISTCC_DIR=$cl_work/distcc-state
	;;
*)
	echo "cluster.sh: unknown kind '$cl_kind' (icecc or distcc)" >&2
	exit 2
	;;
esac

"$@"
