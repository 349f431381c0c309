// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * libFuzzer target for the unified-diff reader of --patch
 * (tools/callers-diff.c, cl_diff_parse): any bytes given as the diff.  It
 * guards against a crash, a leak or undefined behaviour in the reader
 * (ASan and UBSan), and against a diff accepted with a file of no path,
 * which the reader promises to refuse.  The input goes in as the tool
 * hands it over (tools/callers-elf.c, cl_read_file): a copy of exactly its
 * size plus the NUL the reader may write over at its end.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "callers.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cl_diff d;
	char *copy = cl_xmalloc(size + 1);

	memcpy(copy, data, size);
	copy[size] = 0;
	if (cl_diff_parse(&d, "fuzz", copy, size) == 0) {
		for (size_t i = 0; i < d.nfiles; i++) {
			if (!d.files[i].old_path && !d.files[i].new_path) {
				fprintf(stderr, "fuzz-diff: accepted file %zu "
					"has no path\n", i);
				abort();
			}
		}
	}
	cl_diff_free(&d);
	free(copy);
	return 0;
}
