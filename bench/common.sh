# SPDX-License-Identifier: GPL-2.0-or-later
#
# Shared by the bench/ scripts (sourced, not run): the five compiler
# configurations every benchmark compares, and how to recover Kbuild's exact
# compile command for one kernel object.

bench_top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Not $CC: Kbuild exports CC, which is bench/cc-wrap itself inside a build.
# BENCH_CC=gcc-14 measures another GCC (13 to 16 inside the chroot:
# tools/newgcc-chroot run env BENCH_CC=gcc-14 bench/compile-time), with the
# plugin built for it unless PLUGIN says otherwise.
bench_cc=${BENCH_CC:-gcc}
bench_major=$("$bench_cc" -dumpversion 2>/dev/null | cut -d. -f1)
[ -n "$bench_major" ] || { echo "bench: cannot run BENCH_CC '$bench_cc'" >&2; exit 2; }
bench_plugin=${PLUGIN:-$bench_top/build/gcc-$bench_major/livepatch.so}

# Names in table order; plain gcc is the baseline of every ratio.
bench_configs=(gcc lp-static lp-clone plugin plugin-clone)

declare -A bench_desc=(
	[gcc]="plain gcc"
	[lp-static]="gcc -flive-patching=inline-only-static"
	[lp-clone]="gcc -flive-patching=inline-clone"
	[plugin]="plugin, default level (inline-only-static)"
	[plugin-clone]="plugin, -fplugin-arg-livepatch-mode=inline-clone"
)

# The extra flags of a configuration, one word a line.
bench_flags() {
	case $1 in
	gcc) ;;
	lp-static) echo "-flive-patching=inline-only-static" ;;
	lp-clone) echo "-flive-patching=inline-clone" ;;
	plugin) echo "-fplugin=$bench_plugin" ;;
	plugin-clone)
		echo "-fplugin=$bench_plugin"
		echo "-fplugin-arg-livepatch-mode=inline-clone"
		;;
	*) echo "bench: unknown configuration $1" >&2; return 1 ;;
	esac
}

bench_need_plugin() {
	[ -f "$bench_plugin" ] && return 0
	echo "bench: building the plugin ($bench_plugin)" >&2
	make -C "$bench_top" -s CC="$bench_cc" >&2
}

# Print the command Kbuild used to compile OBJ (relative to the tree, e.g.
# kernel/fork.o) as recorded in its .cmd file, without the objtool step that
# follows it and without -Wp,-MMD (the dependency file is Kbuild's business).
# The .cmd file stores the command as a make variable, so "$$" and "\#" are
# make escapes for "$" and "#".
bench_kbuild_cmd() {
	local tree=$1 obj=$2 cmdfile line
	cmdfile=$tree/$(dirname "$obj")/.$(basename "$obj").cmd
	# "cmd_OBJ := ..." up to Linux 6.2, "savedcmd_OBJ := ..." since.
	line=$(sed -n "s|^\(saved\)\{0,1\}cmd_$obj := ||p" "$cmdfile")
	[ -n "$line" ] || { echo "bench: no command in $cmdfile" >&2; return 1; }
	line=${line%%; ./tools/objtool/*}
	line=${line//\$\$/\$}
	line=${line//\\#/#}
	line=$(sed 's/ -Wp,-MMD,[^ ]*//' <<<"$line")
	printf '%s\n' "$line"
}

# Median of the numbers on stdin.
bench_median() {
	sort -g | awk '{ v[NR] = $1 } END {
		if (NR == 0) { print "nan"; exit }
		if (NR % 2) print v[(NR + 1) / 2]
		else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
