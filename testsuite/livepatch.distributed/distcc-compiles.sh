#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The compiles distributed.exp checks, run by cluster.sh distcc (one distccd
# on 127.0.0.1).  Each case compiles unit.c in a directory of its own, as
# "-c unit.c -o unit.o", with DISTCC_VERBOSE=1 and, unless said, a distcc
# state directory of its own (so no back-off carries over):
#   local/       the compiler alone, with the plugin (the reference)
#   plain/       distcc without the plugin: the control, it must go remote
#   plugin/      distcc with the plugin
#   after/       distcc without the plugin right after plugin/, same state
#   nofallback/  distcc with the plugin and DISTCC_FALLBACK=0
#   pump/        distcc-pump (pump mode) with the plugin, when installed
# Each writes CASE/status and CASE/out.txt (all the client printed).
#
#   distcc-compiles.sh WORKDIR CC PLUGIN SRC
set -u
work=$1 cc=$2 plugin=$3 src=$4
flags=(-O2 -fplugin="$plugin" -fplugin-arg-livepatch-callers)
hosts=$DISTCC_HOSTS

run() { # run CASE STATE COMMAND...: in WORKDIR/CASE, distcc state in STATE
	local case=$1 state=$work/state-$2
	shift 2
	rm -rf "${work:?}/$case" && mkdir -p "$work/$case" "$state" &&
		cp "$src" "$work/$case/unit.c" || exit 1
	(cd "$work/$case" && DISTCC_DIR=$state DISTCC_VERBOSE=1 "$@" \
		>out.txt 2>&1
	echo $? >status)
}

run local local "$cc" "${flags[@]}" -c unit.c -o unit.o
run plain plain distcc "$cc" -O2 -c unit.c -o unit.o
run plugin plugin distcc "$cc" "${flags[@]}" -c unit.c -o unit.o
run after plugin distcc "$cc" -O2 -c unit.c -o unit.o
run nofallback nofallback env DISTCC_FALLBACK=0 distcc "$cc" "${flags[@]}" -c unit.c -o unit.o
if command -v distcc-pump >/dev/null; then
	run pump pump env DISTCC_HOSTS="$hosts,cpp,lzo" \
		distcc-pump distcc "$cc" "${flags[@]}" -c unit.c -o unit.o
fi
exit 0
