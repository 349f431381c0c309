/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The one ELF reader of the tools (livepatch-callers, tools/verify/objdiff):
 * 32- and 64-bit files of either byte order, read with <elf.h> and pread,
 * no libelf, so the tools build anywhere the kernel does.  Every header is
 * decoded to the Elf64 types in host order, so callers never see the
 * class or the byte order.  The inputs are build products that may be
 * truncated or corrupt: every offset and size read from the file is
 * checked against the file's size before use, and a bad file gives one
 * message "LABEL: ..." and -1 (or NULL), never a crash.
 */
#ifndef LIVEPATCH_ELF_H
#define LIVEPATCH_ELF_H

#include <elf.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A byte range of an open file: the whole file or an archive member. */
struct cl_blob {
	int fd;
	const char *label;	/* names it in messages */
	uint64_t base;
	uint64_t size;
};

/* Read LEN bytes at OFF of B, all of them inside B; -1 after a message. */
int cl_blob_read(const struct cl_blob *b, uint64_t off, void *buf,
		 uint64_t len);

struct cl_elf_file {
	const struct cl_blob *b;
	bool is64;
	bool swap;		/* the file's byte order is not the host's */
	unsigned char data;	/* ELFDATA2LSB or ELFDATA2MSB */
	uint16_t type;		/* ET_REL, ET_EXEC, ... */
	uint16_t machine;
	uint64_t shnum;		/* 0: no sections */
	Elf64_Shdr *sh;		/* shnum headers, decoded */
	char *shstr;		/* the section name table, NUL-terminated */
	uint64_t shstrsz;
};

/* Decode the headers of the ELF file in B; -1 after a message. */
int cl_elf_open(struct cl_elf_file *e, const struct cl_blob *b);
void cl_elf_close(struct cl_elf_file *e);

/* The name of section I, or NULL when its offset is outside the table. */
const char *cl_elf_section_name(const struct cl_elf_file *e, uint64_t i);
/* The contents of section I, plus a NUL; NULL after a message (also for
 * NOBITS and compressed sections, which have no plain contents). */
char *cl_elf_section_data(const struct cl_elf_file *e, uint64_t i);
/* The symbols of symbol table section I (SHT_SYMTAB or SHT_DYNSYM),
 * decoded, and the contents of its string table; NULL after a message. */
Elf64_Sym *cl_elf_symbols(const struct cl_elf_file *e, uint64_t i,
			  size_t *n, char **strtab, uint64_t *strsz);
/* The relocations of section I (SHT_RELA, or SHT_REL with addend 0), with
 * r_info in the ELF64 encoding; NULL after a message. */
Elf64_Rela *cl_elf_relocations(const struct cl_elf_file *e, uint64_t i,
			       size_t *n);
/* The index of the first section of TYPE, 0 when there is none. */
uint64_t cl_elf_find_section(const struct cl_elf_file *e, uint32_t type);

#endif
