// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The ELF reader of tools/elf.h.  Files are read with pread at the offsets
 * the headers give, not whole: a kernel tree holds gigabytes of objects
 * and a tool usually needs a few kilobytes of each.  Nothing read from a
 * file is trusted: section headers that point past the end, tables whose
 * entries are too small, names outside the name table and counts larger
 * than the file can hold are refused with a message.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "elf.h"
#include "util.h"

static int blob_error(const struct cl_blob *b, const char *what)
{
	fprintf(stderr, "%s: %s\n", b->label, what);
	return -1;
}

int cl_blob_read(const struct cl_blob *b, uint64_t off, void *buf,
		 uint64_t len)
{
	char *p = buf;

	if (off > b->size || len > b->size - off)
		return blob_error(b, "malformed: a header points past the end "
				  "of the file (truncated?)");
	while (len) {
		ssize_t n = pread(b->fd, p, len > (1u << 30) ? (1u << 30) : len,
				  (off_t)(b->base + off));

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			fprintf(stderr, "%s: %s\n", b->label, strerror(errno));
			return -1;
		}
		if (n == 0)
			return blob_error(b, "unexpected end of file");
		p += n;
		off += (uint64_t)n;
		len -= (uint64_t)n;
	}
	return 0;
}

/* --- byte order ------------------------------------------------------ */

static uint16_t get16(const struct cl_elf_file *e, uint16_t v)
{
	return e->swap ? (uint16_t)(v >> 8 | v << 8) : v;
}

static uint32_t get32(const struct cl_elf_file *e, uint32_t v)
{
	if (!e->swap)
		return v;
	return v >> 24 | (v >> 8 & 0xff00) | (v << 8 & 0xff0000) | v << 24;
}

static uint64_t get64(const struct cl_elf_file *e, uint64_t v)
{
	if (!e->swap)
		return v;
	return (uint64_t)get32(e, (uint32_t)v) << 32 |
	       get32(e, (uint32_t)(v >> 32));
}

static bool host_is_little(void)
{
	const uint16_t one = 1;

	return *(const unsigned char *)&one == 1;
}

/* The field of SIZE bytes at OFF of the raw header RAW, in host order. */
static uint64_t field(const struct cl_elf_file *e, const void *raw,
		      size_t off, size_t size)
{
	const unsigned char *p = (const unsigned char *)raw + off;
	uint16_t v16;
	uint32_t v32;
	uint64_t v64;

	switch (size) {
	case 1:
		return *p;
	case 2:
		memcpy(&v16, p, 2);
		return get16(e, v16);
	case 4:
		memcpy(&v32, p, 4);
		return get32(e, v32);
	default:
		memcpy(&v64, p, 8);
		return get64(e, v64);
	}
}

/*
 * MEMBER of a raw header that is T32 in an ELFCLASS32 file and T64 in an
 * ELFCLASS64 one: the two classes differ in field sizes and order only, so
 * one decoder serves both.
 */
#define GET(e, raw, T32, T64, member)					\
	field((e), (raw),						\
	      (e)->is64 ? offsetof(T64, member) : offsetof(T32, member),	\
	      (e)->is64 ? sizeof(((T64 *)0)->member) :			\
			  sizeof(((T32 *)0)->member))

/* --- section headers ------------------------------------------------- */

static void decode_shdr(const struct cl_elf_file *e, const void *raw,
			Elf64_Shdr *s)
{
#define SHDR(member) GET(e, raw, Elf32_Shdr, Elf64_Shdr, member)
	s->sh_name = (uint32_t)SHDR(sh_name);
	s->sh_type = (uint32_t)SHDR(sh_type);
	s->sh_flags = SHDR(sh_flags);
	s->sh_addr = SHDR(sh_addr);
	s->sh_offset = SHDR(sh_offset);
	s->sh_size = SHDR(sh_size);
	s->sh_link = (uint32_t)SHDR(sh_link);
	s->sh_info = (uint32_t)SHDR(sh_info);
	s->sh_addralign = SHDR(sh_addralign);
	s->sh_entsize = SHDR(sh_entsize);
#undef SHDR
}

/* The bytes of section S, plus a NUL, into a new buffer. */
static char *read_range(const struct cl_elf_file *e, const Elf64_Shdr *s)
{
	char *buf;

	if (s->sh_type == SHT_NOBITS || (s->sh_flags & SHF_COMPRESSED)) {
		blob_error(e->b, "a section has no plain contents (NOBITS or "
			   "compressed)");
		return NULL;
	}
	if (s->sh_size > e->b->size) {
		blob_error(e->b, "malformed ELF: a section is larger than the "
			   "file");
		return NULL;
	}
	buf = cl_xmalloc(s->sh_size + 1);
	if (cl_blob_read(e->b, s->sh_offset, buf, s->sh_size)) {
		free(buf);
		return NULL;
	}
	buf[s->sh_size] = 0;
	return buf;
}

int cl_elf_open(struct cl_elf_file *e, const struct cl_blob *b)
{
	unsigned char ident[EI_NIDENT];
	uint64_t shoff, shnum, shstrndx, shentsize, need;
	char *raw = NULL;

	memset(e, 0, sizeof(*e));
	e->b = b;
	if (cl_blob_read(b, 0, ident, sizeof(ident)))
		return -1;
	if (memcmp(ident, ELFMAG, SELFMAG))
		return blob_error(b, "not an ELF file");
	if (ident[EI_CLASS] != ELFCLASS32 && ident[EI_CLASS] != ELFCLASS64)
		return blob_error(b, "malformed ELF: unknown class");
	if (ident[EI_DATA] != ELFDATA2LSB && ident[EI_DATA] != ELFDATA2MSB)
		return blob_error(b, "malformed ELF: unknown byte order");
	e->is64 = ident[EI_CLASS] == ELFCLASS64;
	e->data = ident[EI_DATA];
	e->swap = (ident[EI_DATA] == ELFDATA2LSB) != host_is_little();
	{
		char raw[sizeof(Elf64_Ehdr)];

		if (cl_blob_read(b, 0, raw, e->is64 ? sizeof(Elf64_Ehdr) :
						     sizeof(Elf32_Ehdr)))
			return -1;
#define EHDR(member) GET(e, raw, Elf32_Ehdr, Elf64_Ehdr, member)
		e->type = (uint16_t)EHDR(e_type);
		e->machine = (uint16_t)EHDR(e_machine);
		shoff = EHDR(e_shoff);
		shnum = EHDR(e_shnum);
		shstrndx = EHDR(e_shstrndx);
		shentsize = EHDR(e_shentsize);
#undef EHDR
		need = e->is64 ? sizeof(Elf64_Shdr) : sizeof(Elf32_Shdr);
	}
	if (shoff == 0)		/* no sections */
		return 0;
	if (shentsize < need)
		return blob_error(b, "malformed ELF: section headers too small");

	/* More than 0xff00 sections: the real counts are in section 0. */
	if (shnum == 0 || shstrndx == SHN_XINDEX) {
		char first[sizeof(Elf64_Shdr)];
		Elf64_Shdr s0;

		if (cl_blob_read(b, shoff, first, need))
			return -1;
		decode_shdr(e, first, &s0);
		if (shnum == 0)
			shnum = s0.sh_size;
		if (shstrndx == SHN_XINDEX)
			shstrndx = s0.sh_link;
	}
	if (shnum == 0)
		return 0;
	if (shnum > b->size / shentsize)
		return blob_error(b, "malformed ELF: more section headers than "
				  "the file can hold");
	if (shstrndx >= shnum)
		return blob_error(b, "malformed ELF: no section name table");

	raw = cl_xmalloc(shnum * shentsize);
	if (cl_blob_read(b, shoff, raw, shnum * shentsize))
		goto fail;
	e->sh = cl_xreallocarray(NULL, shnum, sizeof(*e->sh));
	for (uint64_t i = 0; i < shnum; i++)
		decode_shdr(e, raw + i * shentsize, &e->sh[i]);
	e->shnum = shnum;
	free(raw);
	raw = NULL;
	if (e->sh[shstrndx].sh_type == SHT_NOBITS) {
		blob_error(b, "malformed ELF: no section name table");
		goto fail;
	}
	e->shstr = read_range(e, &e->sh[shstrndx]);
	if (!e->shstr)
		goto fail;
	e->shstrsz = e->sh[shstrndx].sh_size;
	return 0;
fail:
	free(raw);
	cl_elf_close(e);
	return -1;
}

void cl_elf_close(struct cl_elf_file *e)
{
	free(e->sh);
	free(e->shstr);
	e->sh = NULL;
	e->shstr = NULL;
	e->shnum = 0;
}

const char *cl_elf_section_name(const struct cl_elf_file *e, uint64_t i)
{
	uint32_t off = e->sh[i].sh_name;

	/* shstr[shstrsz] is a NUL of ours: a name never runs past it. */
	return off < e->shstrsz ? e->shstr + off : NULL;
}

char *cl_elf_section_data(const struct cl_elf_file *e, uint64_t i)
{
	return read_range(e, &e->sh[i]);
}

uint64_t cl_elf_find_section(const struct cl_elf_file *e, uint32_t type)
{
	for (uint64_t i = 1; i < e->shnum; i++)
		if (e->sh[i].sh_type == type)
			return i;
	return 0;
}

/* The entries of table section S (N of them, each at least MIN bytes). */
static char *read_table(const struct cl_elf_file *e, const Elf64_Shdr *s,
			uint64_t min, size_t *n)
{
	if (s->sh_entsize < min || s->sh_size % s->sh_entsize) {
		blob_error(e->b, "malformed ELF: a table's entries have a bad "
			   "size");
		return NULL;
	}
	*n = (size_t)(s->sh_size / s->sh_entsize);
	return read_range(e, s);
}

Elf64_Sym *cl_elf_symbols(const struct cl_elf_file *e, uint64_t i,
			  size_t *n, char **strtab, uint64_t *strsz)
{
	const Elf64_Shdr *s = &e->sh[i];
	uint64_t min = e->is64 ? sizeof(Elf64_Sym) : sizeof(Elf32_Sym);
	Elf64_Sym *syms;
	char *raw;

	if (s->sh_link == 0 || s->sh_link >= e->shnum ||
	    e->sh[s->sh_link].sh_type != SHT_STRTAB) {
		blob_error(e->b, "malformed ELF: a symbol table has no string "
			   "table");
		return NULL;
	}
	raw = read_table(e, s, min, n);
	if (!raw)
		return NULL;
	syms = cl_xreallocarray(NULL, *n, sizeof(*syms));
	for (size_t k = 0; k < *n; k++) {
		const char *p = raw + k * s->sh_entsize;

#define SYM(member) GET(e, p, Elf32_Sym, Elf64_Sym, member)
		syms[k].st_name = (uint32_t)SYM(st_name);
		syms[k].st_info = (unsigned char)SYM(st_info);
		syms[k].st_other = (unsigned char)SYM(st_other);
		syms[k].st_shndx = (uint16_t)SYM(st_shndx);
		syms[k].st_value = SYM(st_value);
		syms[k].st_size = SYM(st_size);
#undef SYM
	}
	free(raw);
	*strtab = read_range(e, &e->sh[s->sh_link]);
	if (!*strtab) {
		free(syms);
		return NULL;
	}
	*strsz = e->sh[s->sh_link].sh_size;
	return syms;
}

Elf64_Rela *cl_elf_relocations(const struct cl_elf_file *e, uint64_t i,
			       size_t *n)
{
	const Elf64_Shdr *s = &e->sh[i];
	bool rela = s->sh_type == SHT_RELA;
	uint64_t min = e->is64 ? (rela ? sizeof(Elf64_Rela) : sizeof(Elf64_Rel))
			       : (rela ? sizeof(Elf32_Rela) : sizeof(Elf32_Rel));
	Elf64_Rela *out;
	char *raw;

	raw = read_table(e, s, min, n);
	if (!raw)
		return NULL;
	out = cl_xreallocarray(NULL, *n, sizeof(*out));
	for (size_t k = 0; k < *n; k++) {
		const char *p = raw + k * s->sh_entsize;
		uint64_t info = GET(e, p, Elf32_Rel, Elf64_Rel, r_info);
		uint64_t addend = 0;

		/* REL and RELA share their first two fields. */
		out[k].r_offset = GET(e, p, Elf32_Rel, Elf64_Rel, r_offset);
		if (!e->is64)
			info = ELF64_R_INFO(ELF32_R_SYM(info),
					    ELF32_R_TYPE(info));
		out[k].r_info = info;
		if (rela)
			addend = GET(e, p, Elf32_Rela, Elf64_Rela, r_addend);
		/* A 32-bit addend is signed: extend it. */
		out[k].r_addend = e->is64 ? (int64_t)addend :
				  (int32_t)(uint32_t)addend;
	}
	free(raw);
	return out;
}
