#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The compiles distributed.exp checks, run by cluster.sh icecc (the worker
# chosen through ICECC_PREFERRED_HOST).  Each case compiles unit.c in a
# directory of its own, as "-c unit.c -o unit.o", so the lists and objects
# of all cases can be compared byte for byte with the local one:
#   local/     the compiler alone (the reference)
#   icecc/     icecc alone
#   wrapper/   tools/livepatch-icecc, after an older, different list was
#              left beside the object
#   explicit/  tools/livepatch-icecc with -fplugin-arg-livepatch-callers=PATH
#   short/     icecc with the plugin named as after 'make install'
#              (-iplugindir= standing in for GCC's plugin directory)
#   probe/     tools/livepatch-icecc on a cc-option probe of /dev/null
#   dirside/   tools/livepatch-icecc where unit.callers is a directory
#   mode644/   icecc with a copy of the plugin installed as 'make install'
#              does (mode 0644, no execute bit)
#   wrap644/   tools/livepatch-icecc with that copy
#   version/   icecc with ICECC_VERSION naming an environment made by
#              icecc-create-env --addfile PLUGIN
# Each writes CASE/status (the compile's exit status) and CASE/icecc.log
# (the client's debug log).
#
#   icecc-compiles.sh WORKDIR CC PLUGIN TOP SRC
set -u
work=$1 cc=$2 plugin_built=$3 top=$4 src=$5

# The local iceccd builds the environment as user icecc, which must read
# the plugin: a plugin under a private directory (a clone in /root) would
# send every compile back home with "daemon can't determine native
# environment".  So the cases use a copy of the plugin under test in a
# fresh directory under /tmp, built (0755) and installed (0644) alike.
plugins=$(mktemp -d /tmp/livepatch-plugin.XXXXXX) && chmod 755 "$plugins" || exit 1
trap 'rm -rf "$plugins"' EXIT
mkdir "$plugins/built" "$plugins/installed" &&
	install -m 0755 "$plugin_built" "$plugins/built/livepatch.so" &&
	install -m 0644 "$plugin_built" "$plugins/installed/livepatch.so" || exit 1
plugin=$plugins/built/livepatch.so
flags=(-O2 -fplugin="$plugin" -fplugin-arg-livepatch-callers)

run() { # run CASE COMMAND...: in WORKDIR/CASE, with the client logging there
	local case=$1
	shift
	rm -rf "${work:?}/$case" && mkdir -p "$work/$case" &&
		cp "$src" "$work/$case/unit.c" || exit 1
	(cd "$work/$case" && ICECC_DEBUG=debug ICECC_LOGFILE=$work/$case/icecc.log \
		"$@" >out.txt 2>&1
	echo $? >status)
}

run local "$cc" "${flags[@]}" -c unit.c -o unit.o
run icecc icecc "$cc" "${flags[@]}" -c unit.c -o unit.o
mkdir -p "$work/wrapper.stale" && printf 'stale\n' >"$work/wrapper.stale/unit.callers"
run wrapper sh -c 'cp ../wrapper.stale/unit.callers . && exec "$@"' sh \
	"$top/tools/livepatch-icecc" "$cc" "${flags[@]}" -c unit.c -o unit.o
run explicit "$top/tools/livepatch-icecc" "$cc" -O2 -fplugin="$plugin" \
	-fplugin-arg-livepatch-callers=explicit.list -c unit.c -o unit.o
run short icecc "$cc" -O2 -iplugindir="$(dirname "$plugin")" \
	-fplugin="$(basename "$plugin" .so)" -fplugin-arg-livepatch-callers \
	-c unit.c -o unit.o
run probe "$top/tools/livepatch-icecc" "$cc" "${flags[@]}" -c -x c /dev/null -o tmp.o
run dirside sh -c 'mkdir unit.callers && exec "$@"' sh \
	"$top/tools/livepatch-icecc" "$cc" "${flags[@]}" -c unit.c -o unit.o
flags644=(-O2 -fplugin="$plugins/installed/livepatch.so" -fplugin-arg-livepatch-callers)
echo "$plugins" >"$work/plugins-dir"
run mode644 icecc "$cc" "${flags644[@]}" -c unit.c -o unit.o
run wrap644 "$top/tools/livepatch-icecc" "$cc" "${flags644[@]}" -c unit.c -o unit.o
# icecc-create-env writes HASH.tar.gz in the current directory and names
# it on its last line, "creating HASH.tar.gz".
mkdir -p "$work/env" && (cd "$work/env" &&
	icecc-create-env "$(command -v "$cc")" --addfile "$plugin" >create.log 2>&1)
env=$(sed -n 's/^creating \(.*\.tar\.gz\)$/\1/p' "$work/env/create.log" | tail -1)
run version env ICECC_VERSION="$work/env/$env" icecc "$cc" "${flags[@]}" -c unit.c -o unit.o
exit 0
