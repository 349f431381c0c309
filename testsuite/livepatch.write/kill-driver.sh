#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# SIGTERM to the gcc driver while cc1 compiles: the driver's fatal_signal
# handler deletes its outputs and dies, cc1 is re-parented and goes on.
# No list may appear for the object that will never be.  cc1 is held at a
# known point by reading its source from a FIFO, and fed once the driver
# is gone.  Prints "driver-killed", then "no-list" or "list"; every process
# started is stopped by its pid within a time limit.
#
#   kill-driver.sh CC PLUGIN WORKDIR
set -u
cc=$1 plugin=$2 work=$3
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1

mkfifo unit.c
"$cc" -O2 -fplugin="$plugin" -fplugin-arg-livepatch-mode=inline-clone \
	-c unit.c -o unit.o 2>driver.err &
driver=$!

# cc1: the driver's only child.  Wait until it blocks opening unit.c (the
# kernel's wait_for_partner), which toplev.cc does after initialize_plugins:
# killed earlier, the driver would be gone before the plugin looked.
cc1= blocked=
for _ in $(seq 1 400); do
	[ -n "$cc1" ] || cc1=$(cat /proc/$driver/task/*/children 2>/dev/null | tr ' ' '\n' | grep . | head -1)
	if [ -n "$cc1" ] && [ "$(cat /proc/$cc1/wchan 2>/dev/null)" = wait_for_partner ]; then
		blocked=1
		break
	fi
	sleep 0.05
done
if [ -z "$blocked" ]; then
	echo "cc1 never blocked on its FIFO input (cc1 '$cc1')"
	[ -n "$cc1" ] && kill -KILL "$cc1" 2>/dev/null
	kill -KILL "$driver" 2>/dev/null
	exit 1
fi
kill -TERM "$driver"
wait "$driver" 2>/dev/null
echo driver-killed

printf 'static int helper(int x) { return x * 2; }\nint f(int a) { return helper(a); }\n' >unit.c &
writer=$!
for _ in $(seq 1 400); do
	[ -e /proc/$cc1 ] || break
	sleep 0.05
done
if [ -e /proc/$cc1 ]; then
	echo "cc1 still running after 20 s"
	kill -KILL "$cc1"
fi
kill -KILL "$writer" 2>/dev/null
wait "$writer" 2>/dev/null

if [ -e unit.callers ] || ls unit.callers.* >/dev/null 2>&1; then
	echo list
else
	echo no-list
fi
