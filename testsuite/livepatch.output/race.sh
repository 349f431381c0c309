#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# 200 compiles race to write one callers list (=PATH) from four different
# sources, a third of them killed (SIGKILL, compiler included) at a random
# moment, while a reader keeps reading the list.  The moments are spread
# over 0 to 120% of the time one compile takes here, measured first, so
# that kills land before, while and after the list is written on a fast
# machine and a loaded one alike (a fixed window misses on either).  Every read must be one of
# the four complete lists: never empty, truncated or interleaved.  Each
# list names the object its compile wrote (the output record), the one line
# in which lists of the same source differ: it is left out of the compare.
# Prints "reads N bad M" and the number of compiles killed.
#
#   race.sh CC PLUGIN WORKDIR
set -eu
cc=$1 plugin=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
cd "$work"

for v in 0 1 2 3; do
	{
		for f in $(seq 0 $((v * 3 + 2))); do
			echo "static int h${v}_$f(int x) { return x * $f + $v; }"
			echo "int g${v}_$f(int x) { return h${v}_$f(x) + 1; }"
		done
	} >v$v.c
	"$cc" -O2 -fplugin="$plugin" -fplugin-arg-livepatch-callers="$work/want$v" \
		-c v$v.c -o v$v.o
	sed '/^output\t/d' "want$v" | md5sum | cut -d' ' -f1 >>want.md5
done
cp want0 list

# One compile's time in milliseconds, the scale of the kill moments.
start=$(date +%s%N)
"$cc" -O2 -fplugin="$plugin" -fplugin-arg-livepatch-callers="$work/scale" \
	-c v3.c -o scale.o
span=$((($(date +%s%N) - start) / 1000000 * 12 / 10 + 1))

(
	n=0 bad=0
	while [ ! -e stop ]; do
		sum=$(sed '/^output\t/d' list | md5sum | cut -d' ' -f1)
		n=$((n + 1))
		grep -qx "$sum" want.md5 || bad=$((bad + 1))
	done
	echo "reads $n bad $bad" >reader.out
) &
reader=$!

compile() {
	local i=$1 v=$(($1 % 4))
	if [ $((i % 3)) -eq 0 ]; then
		local ms=$((RANDOM % span + 1))
		{ timeout -s KILL "$((ms / 1000)).$(printf %03d $((ms % 1000)))" "$cc" -O2 \
			-fplugin="$plugin" \
			-fplugin-arg-livepatch-callers="$work/list" \
			-c v$v.c -o c$i.o && echo done || echo killed; } 2>/dev/null
	else
		"$cc" -O2 -fplugin="$plugin" -fplugin-arg-livepatch-callers="$work/list" \
			-c v$v.c -o c$i.o && echo done
	fi
}
export -f compile
export cc plugin work span
seq 1 200 | xargs -P 4 -I{} bash -c 'compile {}' >compiles.out
touch stop
wait $reader
cat reader.out
echo "killed $(grep -c killed compiles.out || true) done $(grep -c done compiles.out || true)"
