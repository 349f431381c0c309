#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The loader where there is no /proc (a minimal chroot, a build sandbox)
# and $TMPDIR is unusable: it must load the core wherever GCC itself can
# compile, trying the directories GCC would use for its temporary files,
# and when none works say in one line each one it tried and why.  Guards
# against the loader knowing only /proc/self/fd and $TMPDIR.
#
#   no-proc.sh CC PLUGIN WORK
#
# Each case runs in its own mount namespace (unshare -m, as root) where
# /proc is an empty tmpfs, so memfd_create's file cannot be reached, and
# the directories are made unusable by mounts seen only there:
#   missing   $TMPDIR does not exist
#   readonly  $TMPDIR is a read-only bind mount
#   noexec    $TMPDIR is a tmpfs mounted noexec
#   full      $TMPDIR is a tmpfs of 4 KiB (the core is about 80 KiB)
# and a fresh tmpfs on /tmp is the fallback that works.  Case "none":
# $TMPDIR, $TMP, $TEMP, /tmp, /var/tmp and the current directory all
# unusable.  Prints "CASE: STATUS" then GCC's output for each case, or
# "unsupported: WHY" when this cannot run here.
set -u
cc=$1 plugin=$2 work=$3
src=$work/unit.c

if [ "${4-}" = --inside ]; then
	case=$5
	mount -t tmpfs -o size=64k tmpfs /proc || exit 99
	mkdir -p "$work/readonly" "$work/noexec" "$work/full" "$work/out"
	mount --bind "$work/readonly" "$work/readonly" &&
	mount -o remount,bind,ro "$work/readonly" "$work/readonly" &&
	mount -t tmpfs -o noexec,size=1m tmpfs "$work/noexec" &&
	mount -t tmpfs -o size=4k tmpfs "$work/full" || exit 99
	unset TMP TEMP
	case $case in
	missing|readonly|noexec|full)
		# The fallback: an empty, executable /tmp with room.
		mount -t tmpfs -o size=16m tmpfs /tmp || exit 99
		cd "$work/out" || exit 99
		TMPDIR=$work/$case
		export TMPDIR
		;;
	none)
		mount -t tmpfs -o size=4k tmpfs /tmp &&
		mount -t tmpfs -o ro tmpfs /var/tmp || exit 99
		cd "$work/readonly" || exit 99
		TMPDIR=$work/missing TMP=$work/readonly TEMP=$work/noexec
		export TMPDIR TMP TEMP
		;;
	plain)
		# Plain GCC in the "none" environment compiles.
		mount -t tmpfs -o size=4k tmpfs /tmp &&
		mount -t tmpfs -o ro tmpfs /var/tmp || exit 99
		cd "$work/readonly" || exit 99
		TMPDIR=$work/missing TMP=$work/readonly TEMP=$work/noexec
		export TMPDIR TMP TEMP
		exec "$cc" -fdiagnostics-plain-output -O2 -S "$src" \
			-o "$work/out/$case.s" 2>&1
		;;
	esac
	"$cc" -fdiagnostics-plain-output -O2 -fplugin="$plugin" \
		-fplugin-arg-livepatch-callers="$work/out/$case.callers" \
		-S "$src" -o "$work/out/$case.s" 2>&1
	status=$?
	# The copy of the core is unlinked once open: none is left behind.
	ls /tmp | grep '^livepatch-core\.' && echo "copy left in /tmp"
	exit $status
fi

if [ "$(id -u)" != 0 ]; then
	echo "unsupported: not root (mount namespaces and tmpfs mounts)"
	exit 0
fi
if ! command -v unshare >/dev/null; then
	echo "unsupported: no unshare (util-linux)"
	exit 0
fi
# The cases mount fresh tmpfs over /tmp and /var/tmp: a tree below them
# (a clone in /tmp) would vanish with its compiler's plugin and this work
# directory, and every case would fail for the test's own reason.
case $(readlink -f "$work")/ in
/tmp/*|/var/tmp/*)
	echo "unsupported: the build tree is under /tmp or /var/tmp, which these cases hide with tmpfs mounts"
	exit 0 ;;
esac
# Private propagation, so no mount made here reaches the real system.  In
# a chroot whose / is not a mount point (tools/newgcc-chroot) that cannot
# be had: unshare says "cannot change root filesystem propagation".
if ! err=$(unshare -m --propagation private sh -c \
	'mount -t tmpfs tmpfs /proc' 2>&1); then
	echo "unsupported: cannot mount in a private mount namespace here:" \
		"$(printf '%s' "$err" | head -n 1)"
	exit 0
fi
rm -rf "$work"
mkdir -p "$work"
printf 'static int helper(int x) { return x * 2; }\nint f(int a) { return helper(a); }\n' >"$src"
for case in missing readonly noexec full none plain; do
	out=$(unshare -m --propagation private "$0" "$cc" "$plugin" "$work" \
		--inside $case)
	echo "$case: $?"
	[ -n "$out" ] && printf '%s\n' "$out"
done
exit 0
