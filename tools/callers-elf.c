// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The callers lists inside binaries: the section .discard.livepatch.callers
 * of ELF files (32- and 64-bit, either byte order, read with <elf.h> and no
 * libelf, so the tool builds anywhere the kernel does), and the members of
 * ar archives, plain ones and GNU thin ones (Kbuild's built-in.a), whose
 * members are the object files themselves, named relative to the archive.
 *
 * The inputs are build products that may be truncated or corrupt, so every
 * offset and size read from a file is checked against the file's size
 * before use: a bad file gives a message and -1, never a crash.  Files are
 * read with pread at the offsets the headers give, not whole: a kernel tree
 * holds gigabytes of objects and the list is a few kilobytes of each.
 */
#define _POSIX_C_SOURCE 200809L

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "callers.h"

#define AR_MAGIC "!<arch>\n"
#define THIN_MAGIC "!<thin>\n"
#define AR_HEADER 60
/* Thin archives may name thin archives; a cycle must not loop forever. */
#define MAX_NESTING 8

/* A byte range of an open file: the whole file or an archive member. */
struct blob {
	int fd;
	const char *label;
	uint64_t base;
	uint64_t size;
};

static int blob_error(const struct blob *b, const char *what)
{
	fprintf(stderr, "%s: %s\n", b->label, what);
	return -1;
}

/* Read LEN bytes at OFF of B, all of them inside B. */
static int blob_read(const struct blob *b, uint64_t off, void *buf,
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

/* --- ELF ----------------------------------------------------------- */

struct elf_reader {
	const struct blob *b;
	bool is64;
	bool swap;		/* the file's byte order is not ours */
};

static uint16_t get16(const struct elf_reader *e, uint16_t v)
{
	return e->swap ? (uint16_t)(v >> 8 | v << 8) : v;
}

static uint32_t get32(const struct elf_reader *e, uint32_t v)
{
	if (!e->swap)
		return v;
	return v >> 24 | (v >> 8 & 0xff00) | (v << 8 & 0xff0000) | v << 24;
}

static uint64_t get64(const struct elf_reader *e, uint64_t v)
{
	if (!e->swap)
		return v;
	return (uint64_t)get32(e, (uint32_t)v) << 32 | get32(e, (uint32_t)(v >> 32));
}

static bool host_is_little(void)
{
	const uint16_t one = 1;

	return *(const unsigned char *)&one == 1;
}

/* A section header, whatever the class. */
struct shdr {
	uint32_t name;
	uint32_t type;
	uint64_t flags;
	uint64_t offset;
	uint64_t size;
	uint32_t link;
};

static void decode_shdr(const struct elf_reader *e, const void *raw,
			struct shdr *s)
{
	if (e->is64) {
		Elf64_Shdr h;

		memcpy(&h, raw, sizeof(h));
		s->name = get32(e, h.sh_name);
		s->type = get32(e, h.sh_type);
		s->flags = get64(e, h.sh_flags);
		s->offset = get64(e, h.sh_offset);
		s->size = get64(e, h.sh_size);
		s->link = get32(e, h.sh_link);
	} else {
		Elf32_Shdr h;

		memcpy(&h, raw, sizeof(h));
		s->name = get32(e, h.sh_name);
		s->type = get32(e, h.sh_type);
		s->flags = get32(e, h.sh_flags);
		s->offset = get32(e, h.sh_offset);
		s->size = get32(e, h.sh_size);
		s->link = get32(e, h.sh_link);
	}
}

/* The contents of section S, NUL-terminated, into a new buffer. */
static char *read_section(const struct elf_reader *e, const struct shdr *s)
{
	char *buf;

	if (s->size > e->b->size) {
		blob_error(e->b, "malformed ELF: a section is larger than the file");
		return NULL;
	}
	buf = cl_xmalloc(s->size + 1);
	if (blob_read(e->b, s->offset, buf, s->size)) {
		free(buf);
		return NULL;
	}
	buf[s->size] = 0;
	return buf;
}

static int read_elf(const struct blob *b, struct cl_elf *out)
{
	unsigned char ident[EI_NIDENT];
	struct elf_reader e = { b, false, false };
	uint64_t shoff, shnum, shstrndx, shentsize, need;
	char *headers = NULL, *names = NULL;
	struct shdr s, strtab;
	int ret = -1;

	memset(out, 0, sizeof(*out));
	if (blob_read(b, 0, ident, sizeof(ident)))
		return -1;
	if (ident[EI_CLASS] != ELFCLASS32 && ident[EI_CLASS] != ELFCLASS64)
		return blob_error(b, "malformed ELF: unknown class");
	if (ident[EI_DATA] != ELFDATA2LSB && ident[EI_DATA] != ELFDATA2MSB)
		return blob_error(b, "malformed ELF: unknown byte order");
	e.is64 = ident[EI_CLASS] == ELFCLASS64;
	e.swap = (ident[EI_DATA] == ELFDATA2LSB) != host_is_little();
	if (e.is64) {
		Elf64_Ehdr h;

		if (blob_read(b, 0, &h, sizeof(h)))
			return -1;
		shoff = get64(&e, h.e_shoff);
		shnum = get16(&e, h.e_shnum);
		shstrndx = get16(&e, h.e_shstrndx);
		shentsize = get16(&e, h.e_shentsize);
		need = sizeof(Elf64_Shdr);
	} else {
		Elf32_Ehdr h;

		if (blob_read(b, 0, &h, sizeof(h)))
			return -1;
		shoff = get32(&e, h.e_shoff);
		shnum = get16(&e, h.e_shnum);
		shstrndx = get16(&e, h.e_shstrndx);
		shentsize = get16(&e, h.e_shentsize);
		need = sizeof(Elf32_Shdr);
	}
	if (shoff == 0)		/* no sections, so no list and no code */
		return 0;
	if (shentsize < need)
		return blob_error(b, "malformed ELF: section headers too small");

	/* More than 0xff00 sections: the real counts are in section 0. */
	if (shnum == 0 || shstrndx == SHN_XINDEX) {
		char raw[sizeof(Elf64_Shdr)];

		if (blob_read(b, shoff, raw, need))
			return -1;
		decode_shdr(&e, raw, &s);
		if (shnum == 0)
			shnum = s.size;
		if (shstrndx == SHN_XINDEX)
			shstrndx = s.link;
	}
	if (shnum == 0)
		return 0;
	if (shnum > b->size / shentsize)
		return blob_error(b, "malformed ELF: more section headers than "
				  "the file can hold");
	if (shstrndx >= shnum)
		return blob_error(b, "malformed ELF: no section name table");

	headers = cl_xmalloc(shnum * shentsize);
	if (blob_read(b, shoff, headers, shnum * shentsize))
		goto out;
	decode_shdr(&e, headers + shstrndx * shentsize, &strtab);
	if (strtab.type == SHT_NOBITS) {
		blob_error(b, "malformed ELF: no section name table");
		goto out;
	}
	names = read_section(&e, &strtab);
	if (!names)
		goto out;

	for (uint64_t i = 1; i < shnum; i++) {
		decode_shdr(&e, headers + i * shentsize, &s);
		if (s.type == SHT_NULL)
			continue;
		if ((s.flags & SHF_EXECINSTR) && s.type != SHT_NOBITS &&
		    s.size > 0)
			out->has_code = true;
		if (s.name >= strtab.size) {
			blob_error(b, "malformed ELF: a section name is outside "
				   "the name table");
			goto out;
		}
		/* names[strtab.size] is a NUL we added: strcmp stays inside. */
		if (strcmp(names + s.name, LP_FORMAT_SECTION))
			continue;
		if (s.type == SHT_NOBITS || (s.flags & SHF_COMPRESSED)) {
			blob_error(b, "the section " LP_FORMAT_SECTION " has no "
				   "plain contents (NOBITS or compressed)");
			goto out;
		}
		if (s.size > b->size) {
			blob_error(b, "malformed ELF: a section is larger than "
				   "the file");
			goto out;
		}
		/* Several sections of that name (objects joined by a tool
		 * that does not merge them) hold lists one after another. */
		out->data = cl_xrealloc(out->data, out->len + s.size + 1);
		if (blob_read(b, s.offset, out->data + out->len, s.size))
			goto out;
		out->len += s.size;
		out->data[out->len] = 0;
		out->has_list = true;
	}
	ret = 0;
out:
	if (ret) {
		free(out->data);
		out->data = NULL;
	}
	free(headers);
	free(names);
	return ret;
}

/* --- archives ------------------------------------------------------ */

/* What a file or member is, from its first bytes. */
enum kind { KIND_OTHER, KIND_ELF, KIND_ARCHIVE, KIND_THIN, KIND_LIST };

static enum kind sniff(const struct blob *b)
{
	char head[sizeof(LP_FORMAT_HEADER)] = { 0 };
	size_t n = b->size < sizeof(head) ? (size_t)b->size : sizeof(head);

	if (blob_read(b, 0, head, n))
		return KIND_OTHER;
	if (n >= SELFMAG && !memcmp(head, ELFMAG, SELFMAG))
		return KIND_ELF;
	if (n >= 8 && !memcmp(head, AR_MAGIC, 8))
		return KIND_ARCHIVE;
	if (n >= 8 && !memcmp(head, THIN_MAGIC, 8))
		return KIND_THIN;
	if (n == sizeof(head) && !memcmp(head, LP_FORMAT_HEADER "\t", n))
		return KIND_LIST;
	return KIND_OTHER;
}

static int read_blob(struct cl_reader *r, const struct blob *b, int depth,
		     bool top);

static int read_path(struct cl_reader *r, const char *path, int depth,
		     bool top);

/* A decimal field of an archive header: digits, then spaces. */
static bool ar_number(const char *field, size_t width, uint64_t *value)
{
	size_t i = 0;

	*value = 0;
	if (field[0] < '0' || field[0] > '9')
		return false;
	for (; i < width && field[i] >= '0' && field[i] <= '9'; i++) {
		if (*value > (UINT64_MAX - 9) / 10)
			return false;
		*value = *value * 10 + (uint64_t)(field[i] - '0');
	}
	for (; i < width; i++)
		if (field[i] != ' ')
			return false;
	return true;
}

/*
 * The long name "/OFFSET" points into the "//" table, where it ends at
 * "/\n" (GNU).  A thin archive writes "/OFFSET:POS" for a member of a
 * nested archive; the name is then the nested archive's, which is read
 * whole (once: the reader skips files it has seen).
 */
static char *long_name(const struct blob *b, const char *table,
		       uint64_t tsize, const char *field)
{
	char number[16];
	uint64_t off, end;

	memcpy(number, field + 1, 15);
	number[15] = ' ';
	for (int i = 0; i < 15; i++)
		if (number[i] == ':')
			memset(number + i, ' ', 16 - (size_t)i);
	if (!table || !ar_number(number, 15, &off) || off >= tsize) {
		blob_error(b, "malformed archive: a member's long name is "
			   "missing");
		return NULL;
	}
	for (end = off; end < tsize && table[end] != '\n'; end++)
		;
	if (end > off && table[end - 1] == '/')
		end--;
	if (end == off || memchr(table + off, 0, end - off)) {
		blob_error(b, "malformed archive: an empty long member name");
		return NULL;
	}
	return cl_xasprintf("%.*s", (int)(end - off), table + off);
}

/* The directory part of PATH, with its final slash ("" for none). */
static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? cl_xasprintf("%.*s", (int)(slash - path + 1), path)
		     : cl_xstrdup("");
}

static int read_archive(struct cl_reader *r, const struct blob *b,
			bool thin, int depth)
{
	char *table = NULL, *dir = dir_of(b->label);
	uint64_t tsize = 0, off = 8;
	int ret = 0;

	while (ret == 0 && off < b->size) {
		char h[AR_HEADER];
		uint64_t size, data, bsd = 0;
		char *name = NULL;
		size_t n;

		if (blob_read(b, off, h, sizeof(h))) {
			ret = -1;
			break;
		}
		if (h[58] != '`' || h[59] != '\n' ||
		    !ar_number(h + 48, 10, &size)) {
			ret = blob_error(b, "malformed archive: bad member "
					 "header");
			break;
		}
		data = off + AR_HEADER;
		if (data > b->size || size > b->size - data) {
			/* A thin archive's ordinary members are not stored
			 * in it; everything else must fit. */
			if (!thin) {
				ret = blob_error(b, "malformed archive: a member "
						 "is cut short (truncated?)");
				break;
			}
		}
		if (!memcmp(h, "/               ", 16) ||
		    !memcmp(h, "/SYM64/         ", 16) ||
		    !memcmp(h, "__.SYMDEF", 9)) {
			/* symbol tables */
		} else if (!memcmp(h, "//              ", 16)) {
			if (data > b->size || size > b->size - data) {
				ret = blob_error(b, "malformed archive: the "
						 "long name table is cut short");
				break;
			}
			free(table);
			table = cl_xmalloc(size + 1);
			tsize = size;
			if (blob_read(b, data, table, size)) {
				ret = -1;
				break;
			}
			table[size] = 0;
		} else if (h[0] == '/' && h[1] >= '0' && h[1] <= '9') {
			name = long_name(b, table, tsize, h);
			if (!name) {
				ret = -1;
				break;
			}
		} else if (!memcmp(h, "#1/", 3)) {
			/* BSD: the name is the first BSD bytes of the data. */
			if (!ar_number(h + 3, 13, &bsd) || bsd > size ||
			    bsd == 0 || bsd > 4096) {
				ret = blob_error(b, "malformed archive: bad BSD "
						 "member name");
				break;
			}
			name = cl_xmalloc(bsd + 1);
			if (blob_read(b, data, name, bsd)) {
				free(name);
				ret = -1;
				break;
			}
			name[bsd] = 0;	/* the name is NUL-padded */
		} else {
			for (n = 16; n > 0 && h[n - 1] == ' '; n--)
				;
			if (n > 0 && h[n - 1] == '/')
				n--;
			if (n == 0) {
				ret = blob_error(b, "malformed archive: a member "
						 "has no name");
				break;
			}
			name = cl_xasprintf("%.*s", (int)n, h);
		}

		if (name && thin) {
			/* The member is a file of its own, named relative to
			 * the archive's directory. */
			char *path = name[0] == '/' ? cl_xstrdup(name)
					: cl_xasprintf("%s%s", dir, name);

			ret = read_path(r, path, depth + 1, false);
			free(path);
		} else if (name) {
			struct blob m = { b->fd, NULL, b->base + data + bsd,
					  size - bsd };
			char *label = cl_xasprintf("%s(%s)", b->label, name);

			m.label = label;
			ret = read_blob(r, &m, depth + 1, false);
			free(label);
		}
		free(name);
		if (thin && !(h[0] == '/' && (h[1] == ' ' || h[1] == '/' ||
					      h[1] == 'S')))
			off = data;	/* no data stored for a thin member */
		else
			off = data + size + (size & 1);
	}
	free(table);
	free(dir);
	return ret;
}

/* --- entry points --------------------------------------------------- */

static int read_blob(struct cl_reader *r, const struct blob *b, int depth,
		     bool top)
{
	enum kind kind;
	struct cl_elf elf;
	char *text;
	int ret;

	if (depth > MAX_NESTING)
		return blob_error(b, "archives nested too deep (a cycle?)");
	kind = sniff(b);
	switch (kind) {
	case KIND_ELF:
		if (read_elf(b, &elf))
			return -1;
		ret = r->object(r, b->label, &elf);
		free(elf.data);
		return ret;
	case KIND_ARCHIVE:
	case KIND_THIN:
		if (b->base != 0)
			return 0;	/* an archive stored in an archive */
		return read_archive(r, b, kind == KIND_THIN, depth);
	case KIND_OTHER:
		/* Not ours inside an archive; a named file must be a list,
		 * and the parser says why it is not one. */
		if (!top)
			return 0;
		/* An object file that is not one (an interrupted build's
		 * empty foo.o) is not a malformed list. */
		if (strlen(b->label) > 2 &&
		    !strcmp(b->label + strlen(b->label) - 2, ".o"))
			return blob_error(b, b->size ? "not an ELF object, an "
					  "archive or a callers list" :
					  "empty file, not an ELF object");
		/* fall through */
	case KIND_LIST:
		if (b->size > SIZE_MAX - 1)
			return blob_error(b, "too large");
		text = cl_xmalloc(b->size + 1);
		if (blob_read(b, 0, text, b->size)) {
			free(text);
			return -1;
		}
		text[b->size] = 0;
		ret = r->text(r, b->label, text, b->size);
		free(text);
		return ret;
	}
	return 0;
}

static int read_path(struct cl_reader *r, const char *path, int depth,
		     bool top)
{
	struct blob b = { -1, path, 0, 0 };
	struct stat st;
	int ret;

	b.fd = open(path, O_RDONLY);
	if (b.fd < 0 || fstat(b.fd, &st)) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		if (b.fd >= 0)
			close(b.fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		close(b.fd);
		fprintf(stderr, "%s: not a regular file\n", path);
		return -1;
	}
	if (r->first_visit && !r->first_visit(r, (unsigned long long)st.st_dev,
					       (unsigned long long)st.st_ino)) {
		close(b.fd);
		return 0;
	}
	b.size = (uint64_t)st.st_size;
	ret = read_blob(r, &b, depth, top);
	close(b.fd);
	return ret;
}

int cl_read_input(struct cl_reader *r, const char *path)
{
	return read_path(r, path, 0, true);
}

char *cl_read_file(const char *path, size_t *len)
{
	struct blob b = { -1, path, 0, 0 };
	struct stat st;
	char *text = NULL;

	b.fd = open(path, O_RDONLY);
	if (b.fd < 0 || fstat(b.fd, &st)) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		if (b.fd >= 0)
			close(b.fd);
		return NULL;
	}
	b.size = (uint64_t)st.st_size;
	if (b.size < SIZE_MAX) {
		text = cl_xmalloc(b.size + 1);
		if (blob_read(&b, 0, text, b.size)) {
			free(text);
			text = NULL;
		} else {
			text[b.size] = 0;
			*len = b.size;
		}
	}
	close(b.fd);
	return text;
}

/* --- the symbol table, for livepatch-callers --klp ------------------- */

/*
 * The symbols of TARGET that the kernel's kallsyms can find, which is
 * what a klp_func's old_name and old_sympos are resolved against
 * (klp_find_object_symbol() counts the matches of a name in kallsyms
 * order).  Kept: defined, named symbols in an allocated section, not
 * STT_SECTION or STT_FILE; in a relocatable file (a module) not in a
 * .init section either, because the module loader's is_core_symbol()
 * drops those once the module is initialised.  Each local symbol
 * remembers the STT_FILE symbol before it: the linker keeps every input
 * object's locals together after its file symbol.
 */
int cl_read_symbols(const char *path, struct cl_symtab *out)
{
	struct blob b = { -1, path, 0, 0 };
	struct elf_reader e = { &b, false, false };
	unsigned char ident[EI_NIDENT];
	uint64_t shoff, shnum, shentsize, shstrndx, need, entsize, count, i;
	char *headers = NULL, *names = NULL, *syms = NULL;
	struct shdr s, symtab = { 0 }, strsec, namesec;
	const char *file = NULL;
	uint16_t type;
	bool have_symtab = false;
	struct stat st;
	int ret = -1;

	memset(out, 0, sizeof(*out));
	b.fd = open(path, O_RDONLY);
	if (b.fd < 0 || fstat(b.fd, &st)) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		if (b.fd >= 0)
			close(b.fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		close(b.fd);
		fprintf(stderr, "%s: not a regular file\n", path);
		return -1;
	}
	b.size = (uint64_t)st.st_size;
	/* A short file is "not ELF", not "truncated": check the magic first. */
	memset(ident, 0, sizeof(ident));
	if (blob_read(&b, 0, ident, b.size < SELFMAG ? b.size : SELFMAG))
		goto out;
	if (b.size < SELFMAG || memcmp(ident, ELFMAG, SELFMAG)) {
		blob_error(&b, "not an ELF file");
		goto out;
	}
	if (blob_read(&b, 0, ident, sizeof(ident)))
		goto out;
	if ((ident[EI_CLASS] != ELFCLASS32 && ident[EI_CLASS] != ELFCLASS64) ||
	    (ident[EI_DATA] != ELFDATA2LSB && ident[EI_DATA] != ELFDATA2MSB)) {
		blob_error(&b, "malformed ELF: unknown class or byte order");
		goto out;
	}
	e.is64 = ident[EI_CLASS] == ELFCLASS64;
	e.swap = (ident[EI_DATA] == ELFDATA2LSB) != host_is_little();
	if (e.is64) {
		Elf64_Ehdr h;

		if (blob_read(&b, 0, &h, sizeof(h)))
			goto out;
		type = get16(&e, h.e_type);
		shoff = get64(&e, h.e_shoff);
		shnum = get16(&e, h.e_shnum);
		shstrndx = get16(&e, h.e_shstrndx);
		shentsize = get16(&e, h.e_shentsize);
		need = sizeof(Elf64_Shdr);
		entsize = sizeof(Elf64_Sym);
	} else {
		Elf32_Ehdr h;

		if (blob_read(&b, 0, &h, sizeof(h)))
			goto out;
		type = get16(&e, h.e_type);
		shoff = get32(&e, h.e_shoff);
		shnum = get16(&e, h.e_shnum);
		shstrndx = get16(&e, h.e_shstrndx);
		shentsize = get16(&e, h.e_shentsize);
		need = sizeof(Elf32_Shdr);
		entsize = sizeof(Elf32_Sym);
	}
	if (type != ET_REL && type != ET_EXEC) {
		blob_error(&b, "neither a relocatable file (a module) nor an "
			   "executable (vmlinux)");
		goto out;
	}
	out->relocatable = type == ET_REL;
	if (shoff == 0 || shnum == 0 || shnum >= SHN_LORESERVE ||
	    shstrndx == SHN_XINDEX) {
		blob_error(&b, "no section headers, or more than this tool "
			   "reads");
		goto out;
	}
	if (shentsize < need || shnum > b.size / shentsize ||
	    shstrndx >= shnum) {
		blob_error(&b, "malformed ELF: bad section headers");
		goto out;
	}
	headers = cl_xmalloc(shnum * shentsize);
	if (blob_read(&b, shoff, headers, shnum * shentsize))
		goto out;
	decode_shdr(&e, headers + shstrndx * shentsize, &namesec);
	names = read_section(&e, &namesec);
	if (!names)
		goto out;
	for (i = 1; i < shnum; i++) {
		decode_shdr(&e, headers + i * shentsize, &s);
		if (s.type == SHT_SYMTAB) {
			symtab = s;
			have_symtab = true;
		}
	}
	if (!have_symtab) {
		blob_error(&b, "no symbol table (stripped?)");
		goto out;
	}
	if (symtab.link == 0 || symtab.link >= shnum) {
		blob_error(&b, "malformed ELF: the symbol table has no string "
			   "table");
		goto out;
	}
	decode_shdr(&e, headers + symtab.link * shentsize, &strsec);
	out->strings = read_section(&e, &strsec);
	syms = read_section(&e, &symtab);
	if (!out->strings || !syms)
		goto out;
	count = symtab.size / entsize;
	out->symbols = cl_xmalloc(count * sizeof(*out->symbols));
	for (i = 1; i < count; i++) {
		uint64_t value, nameoff, shndx;
		unsigned char info;
		const char *secname;
		struct shdr sec;

		if (e.is64) {
			Elf64_Sym y;

			memcpy(&y, syms + i * entsize, sizeof(y));
			nameoff = get32(&e, y.st_name);
			value = get64(&e, y.st_value);
			shndx = get16(&e, y.st_shndx);
			info = y.st_info;
		} else {
			Elf32_Sym y;

			memcpy(&y, syms + i * entsize, sizeof(y));
			nameoff = get32(&e, y.st_name);
			value = get32(&e, y.st_value);
			shndx = get16(&e, y.st_shndx);
			info = y.st_info;
		}
		if (nameoff >= strsec.size) {
			blob_error(&b, "malformed ELF: a symbol name is outside "
				   "the string table");
			goto out;
		}
		if (ELF64_ST_TYPE(info) == STT_FILE) {
			file = out->strings + nameoff;
			continue;
		}
		if (!nameoff || ELF64_ST_TYPE(info) == STT_SECTION ||
		    shndx == SHN_UNDEF || shndx >= shnum)
			continue;
		decode_shdr(&e, headers + shndx * shentsize, &sec);
		if (!(sec.flags & SHF_ALLOC))
			continue;
		secname = sec.name < namesec.size ? names + sec.name : "";
		if (out->relocatable && !strncmp(secname, ".init", 5))
			continue;
		out->symbols[out->nsymbols++] = (struct cl_symbol){
			out->strings + nameoff,
			ELF64_ST_BIND(info) == STB_LOCAL ? file : NULL,
			value, (size_t)i };
	}
	ret = 0;
out:
	if (ret)
		cl_symtab_free(out);
	free(headers);
	free(names);
	free(syms);
	close(b.fd);
	return ret;
}

void cl_symtab_free(struct cl_symtab *t)
{
	free(t->strings);
	free(t->symbols);
	memset(t, 0, sizeof(*t));
}
