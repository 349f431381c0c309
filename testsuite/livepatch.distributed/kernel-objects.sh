#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# kernel-objects.sh [--cc GCC] [--work DIR] [OBJ...]: Linux 6.1 objects
# compiled by Kbuild with the plugin (inline-clone mode), once locally and
# once through tools/livepatch-icecc on an icecream worker (cluster.sh),
# then compared: the worker compiled each (its log), the embedded lists and
# the lists beside the objects are the local ones byte for byte, and
# livepatch-callers answers the same for every function of every list.
# `make distributed-kernel` runs it; heavy (tools/prepare-kernel first).
# Prints one line per object and "N passed, N failed"; exit 1 on a failure.
#
# Guards against: a kernel object built on a worker whose list differs from
# a local build's, or that silently was not built remotely at all.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
here=$top/testsuite/livepatch.distributed
cc=gcc-12
work=$top/build/distributed-kernel
build_only=0
while [ $# -gt 0 ]; do
	case $1 in
	--cc) cc=$2; shift 2 ;;
	--build) build_only=1; shift; break ;;
	--work) work=$2; shift 2 ;;
	-*) echo "kernel-objects.sh: unknown option '$1'" >&2; exit 2 ;;
	*) break ;;
	esac
done
objs=("$@")
[ ${#objs[@]} -gt 0 ] || [ $build_only = 1 ] ||
	objs=(kernel/fork.o kernel/panic.o mm/mmu_gather.o lib/kstrtox.o fs/d_path.o net/core/sock.o)

major=$("$cc" -dumpversion | cut -d. -f1) || exit 2
plugin=$top/build/gcc-$major/livepatch.so
tool=$top/build/livepatch-callers
[ -f "$plugin" ] && [ -x "$tool" ] ||
	{ echo "kernel-objects.sh: build first: make CC=$cc" >&2; exit 2; }
# The local iceccd makes the environment as user icecc, which must read
# the plugin, or icecc compiles everything locally.
if [ $build_only = 0 ] && id icecc >/dev/null 2>&1 &&
	! setpriv --reuid=icecc --regid=icecc --clear-groups test -r "$plugin"; then
	echo "kernel-objects.sh: user icecc cannot read $plugin (a private directory?); icecc would compile locally" >&2
	exit 2
fi
tree=$("$top/tools/prepare-kernel") ||
	{ echo "kernel-objects.sh: tools/prepare-kernel failed" >&2; exit 2; }
kcflags="-fplugin=$plugin -fplugin-arg-livepatch-mode=inline-clone"
[ $build_only = 1 ] || { rm -rf "$work" && mkdir -p "$work/local" "$work/icecc"; }

# build DEST CC-COMMAND OBJ...: make each object afresh, keep object and
# list.  Run as "kernel-objects.sh --build ..." inside cluster.sh.
build() {
	local dest=$1 ccmd=$2 obj
	shift 2
	for obj in "$@"; do
		rm -f "$tree/$obj" "$tree/${obj%.o}.callers"
		(flock 9; make -s -C "$tree" CC="$ccmd" KCFLAGS="$kcflags" "$obj") \
			9>"$tree.lock" >"$dest/$(echo "$obj" | tr / _).log" 2>&1 ||
			echo "kernel-objects.sh: make $obj with CC='$ccmd' failed" >&2
		mkdir -p "$dest/$(dirname "$obj")"
		cp -p "$tree/$obj" "$dest/$obj" 2>/dev/null
		cp -p "$tree/${obj%.o}.callers" "$dest/${obj%.o}.callers" 2>/dev/null
	done
}
if [ "$build_only" = 1 ]; then
	build "$@"
	exit 0
fi

build "$work/local" "$cc" "${objs[@]}"
ICECC_DEBUG=debug ICECC_LOGFILE=$work/icecc/client.log \
	timeout -k 10 3600 "$here/cluster.sh" icecc "$work/cluster" \
	"$0" --cc "$cc" --build "$work/icecc" "$top/tools/livepatch-icecc $cc" "${objs[@]}"
if [ $? = 77 ]; then
	echo "kernel-objects.sh: cannot run the daemons (see above)" >&2
	exit 77
fi

passed=0 failed=0
check() { # check WHAT CONDITION-STATUS
	if [ "$2" = 0 ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL: $1"
	fi
}
worker=$work/cluster/run/lpworker.log
for obj in "${objs[@]}"; do
	src=${obj%.o}.c
	l=$work/local/$obj i=$work/icecc/$obj
	grep -q "remote compile for file $src\$" "$worker"
	check "$obj compiled on the worker" $?
	"$tool" --dump "$l" >"$work/$(echo "$obj" | tr / _).local" 2>/dev/null &&
		"$tool" --dump "$i" >"$work/$(echo "$obj" | tr / _).icecc" 2>/dev/null &&
		cmp -s "$work/$(echo "$obj" | tr / _).local" "$work/$(echo "$obj" | tr / _).icecc"
	check "$obj embedded list same as local" $?
	cmp -s "$work/local/${obj%.o}.callers" "$work/icecc/${obj%.o}.callers"
	check "$obj list beside the object same as local" $?
	same=0 n=0
	for f in $(awk -F'\t' '$1 == "function" { print $2 }' "$work/local/${obj%.o}.callers" 2>/dev/null); do
		n=$((n + 1))
		# Answer, messages and exit status: a function GCC removed as
		# unused has no symbol, which the tool reports with status 1.
		[ "$("$tool" --function "$f" --why "$l" 2>&1; echo "status $?")" = \
		  "$("$tool" --function "$f" --why "$i" 2>&1; echo "status $?")" ] || same=1
	done
	[ $n -gt 0 ] || same=1
	check "$obj tool answers same for $n functions" $same
	cmp -s "$l" "$i" && objsame=yes || objsame=no
	echo "$obj: $(grep -c . "$work/local/${obj%.o}.callers" 2>/dev/null) list lines, $n functions, object identical: $objsame"
done
echo "$passed passed, $failed failed"
[ $failed = 0 ]
