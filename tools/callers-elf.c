// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The callers lists inside binaries: the section .comment.livepatch.callers
 * (or .discard.livepatch.callers and .livepatch.callers, its names before)
 * of ELF files (read with tools/elf.c, the tools' one ELF reader), and the
 * members of ar archives, plain ones and GNU thin ones (Kbuild's
 * built-in.a), whose members are the object files themselves, named
 * relative to the archive.
 *
 * The inputs are build products that may be truncated or corrupt, so every
 * offset and size read from a file is checked against the file's size
 * before use: a bad file gives a message and -1, never a crash.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "callers.h"
#include "elf.h"

#define AR_MAGIC "!<arch>\n"
#define THIN_MAGIC "!<thin>\n"
#define AR_HEADER 60
/* Thin archives may name thin archives; a cycle must not loop forever. */
#define MAX_NESTING 8

/* --- ELF ----------------------------------------------------------- */

static int blob_error(const struct cl_blob *b, const char *what)
{
	fprintf(stderr, "%s: %s\n", b->label, what);
	return -1;
}

static bool has_suffix(const char *s, const char *suffix)
{
	size_t ls = strlen(s), lx = strlen(suffix);

	return ls > lx && !strcmp(s + ls - lx, suffix);
}

/*
 * Was E assembled from a .S or .s file rather than compiled?  A compiler
 * names its source in a .file directive, which the assembler turns into
 * an STT_FILE symbol ("fork.c"); an assembler source has none, or names
 * itself.  Such an object holds no C function, so the plugin has nothing
 * to list for it.  Without a symbol table nothing is known: not assembler.
 */
static int from_assembler(const struct cl_elf_file *e, bool *result)
{
	uint64_t symtab = cl_elf_find_section(e, SHT_SYMTAB);
	Elf64_Sym *syms;
	char *str;
	uint64_t strsz;
	size_t n;

	*result = false;
	if (!symtab)
		return 0;
	syms = cl_elf_symbols(e, symtab, &n, &str, &strsz);
	if (!syms)
		return -1;
	*result = true;
	for (size_t i = 1; i < n && *result; i++) {
		const char *name;

		if (ELF64_ST_TYPE(syms[i].st_info) != STT_FILE)
			continue;
		if (syms[i].st_name >= strsz)
			continue;
		name = str + syms[i].st_name;
		if (!has_suffix(name, ".S") && !has_suffix(name, ".s"))
			*result = false;
	}
	free(syms);
	free(str);
	return 0;
}

static int read_elf(const struct cl_blob *b, struct cl_elf *out)
{
	struct cl_elf_file e;
	int ret = -1;

	memset(out, 0, sizeof(*out));
	if (cl_elf_open(&e, b))
		return -1;
	for (uint64_t i = 1; i < e.shnum; i++) {
		const Elf64_Shdr *s = &e.sh[i];
		const char *name = cl_elf_section_name(&e, i);
		char *data;

		if (s->sh_type == SHT_NULL)
			continue;
		if ((s->sh_flags & SHF_EXECINSTR) && s->sh_type != SHT_NOBITS &&
		    s->sh_size > 0)
			out->has_code = true;
		if (!name) {
			blob_error(b, "malformed ELF: a section name is outside "
				   "the name table");
			goto out;
		}
		if (strcmp(name, LP_FORMAT_SECTION) &&
		    strcmp(name, LP_FORMAT_OLD_SECTION) &&
		    strcmp(name, LP_FORMAT_OLD_SECTION_2))
			continue;
		if (s->sh_type == SHT_NOBITS || (s->sh_flags & SHF_COMPRESSED)) {
			blob_error(b, "the section of the callers list has no "
				   "plain contents (NOBITS or compressed)");
			goto out;
		}
		/* Several sections of that name (objects joined by a tool
		 * that does not merge them) hold lists one after another. */
		data = cl_elf_section_data(&e, i);
		if (!data)
			goto out;
		out->data = cl_xrealloc(out->data, out->len + s->sh_size + 1);
		memcpy(out->data + out->len, data, s->sh_size);
		out->len += s->sh_size;
		out->data[out->len] = 0;
		out->has_list = true;
		free(data);
	}
	if (out->has_code && !out->has_list &&
	    from_assembler(&e, &out->from_assembler))
		goto out;
	ret = 0;
out:
	if (ret) {
		free(out->data);
		out->data = NULL;
	}
	cl_elf_close(&e);
	return ret;
}

/* --- archives ------------------------------------------------------ */

/* What a file or member is, from its first bytes. */
enum kind { KIND_OTHER, KIND_ELF, KIND_ARCHIVE, KIND_THIN, KIND_LIST };

static enum kind sniff(const struct cl_blob *b)
{
	char head[sizeof(LP_FORMAT_HEADER)] = { 0 };
	size_t n = b->size < sizeof(head) ? (size_t)b->size : sizeof(head);

	if (cl_blob_read(b, 0, head, n))
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

static int read_blob(struct cl_reader *r, const struct cl_blob *b, int depth,
		     bool top);

/* PATH, a file of its own; IN is the thin archive naming it, or NULL. */
static int read_path(struct cl_reader *r, const char *path, int depth,
		     const char *in);

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
static char *long_name(const struct cl_blob *b, const char *table,
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

static int read_archive(struct cl_reader *r, const struct cl_blob *b,
			bool thin, int depth)
{
	char *table = NULL, *dir = cl_dir_of(b->label);
	uint64_t tsize = 0, off = 8;
	int ret = 0;

	while (ret == 0 && off < b->size) {
		char h[AR_HEADER];
		uint64_t size, data, bsd = 0;
		char *name = NULL;
		size_t n;

		if (cl_blob_read(b, off, h, sizeof(h))) {
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
			if (cl_blob_read(b, data, table, size)) {
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
			if (cl_blob_read(b, data, name, bsd)) {
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

			ret = read_path(r, path, depth + 1, b->label);
			free(path);
		} else if (name) {
			struct cl_blob m = { b->fd, NULL, b->base + data + bsd,
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

static int read_blob(struct cl_reader *r, const struct cl_blob *b, int depth,
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
		if (cl_blob_read(b, 0, text, b->size)) {
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
		     const char *in)
{
	struct cl_blob b = { -1, path, 0, 0 };
	struct stat st;
	int ret;

	b.fd = cl_open_regular(path, in, &st);
	if (b.fd < 0)
		return -1;
	if (r->first_visit && !r->first_visit(r, (unsigned long long)st.st_dev,
					       (unsigned long long)st.st_ino)) {
		close(b.fd);
		return 0;
	}
	b.size = (uint64_t)st.st_size;
	ret = read_blob(r, &b, depth, !in);
	close(b.fd);
	return ret;
}

int cl_read_input(struct cl_reader *r, const char *path)
{
	return read_path(r, path, 0, NULL);
}

char *cl_read_file(const char *path, size_t *len)
{
	struct cl_blob b = { -1, path, 0, 0 };
	struct stat st;
	char *text = NULL;

	b.fd = cl_open_regular(path, NULL, &st);
	if (b.fd < 0)
		return NULL;
	b.size = (uint64_t)st.st_size;
	if (b.size < SIZE_MAX) {
		text = cl_xmalloc(b.size + 1);
		if (cl_blob_read(&b, 0, text, b.size)) {
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
	struct cl_blob b = { -1, path, 0, 0 };
	struct cl_elf_file e;
	unsigned char magic[SELFMAG];
	const char *file = NULL;
	Elf64_Sym *syms = NULL;
	uint64_t symtab, strsz;
	size_t count, i;
	struct stat st;
	int ret = -1;

	memset(out, 0, sizeof(*out));
	b.fd = cl_open_regular(path, NULL, &st);
	if (b.fd < 0)
		return -1;
	b.size = (uint64_t)st.st_size;
	/* A short file is "not ELF", not "truncated": check the magic first. */
	if (b.size < SELFMAG || cl_blob_read(&b, 0, magic, SELFMAG) ||
	    memcmp(magic, ELFMAG, SELFMAG)) {
		fprintf(stderr, "%s: not an ELF file\n", path);
		close(b.fd);
		return -1;
	}
	if (cl_elf_open(&e, &b)) {
		close(b.fd);
		return -1;
	}
	if (e.type != ET_REL && e.type != ET_EXEC) {
		fprintf(stderr, "%s: neither a relocatable file (a module) nor "
			"an executable (vmlinux)\n", path);
		goto out;
	}
	out->relocatable = e.type == ET_REL;
	symtab = cl_elf_find_section(&e, SHT_SYMTAB);
	if (!symtab) {
		fprintf(stderr, "%s: no symbol table (stripped?)\n", path);
		goto out;
	}
	syms = cl_elf_symbols(&e, symtab, &count, &out->strings, &strsz);
	if (!syms)
		goto out;
	out->symbols = cl_xmalloc((count + 1) * sizeof(*out->symbols));
	for (i = 1; i < count; i++) {
		const Elf64_Sym *y = &syms[i];
		const char *secname;

		if (y->st_name >= strsz) {
			fprintf(stderr, "%s: malformed ELF: a symbol name is "
				"outside the string table\n", path);
			goto out;
		}
		if (ELF64_ST_TYPE(y->st_info) == STT_FILE) {
			file = out->strings + y->st_name;
			continue;
		}
		if (!y->st_name || ELF64_ST_TYPE(y->st_info) == STT_SECTION ||
		    y->st_shndx == SHN_UNDEF || y->st_shndx >= e.shnum)
			continue;
		if (!(e.sh[y->st_shndx].sh_flags & SHF_ALLOC))
			continue;
		/* kallsyms of a module has no .init symbols once it ran. */
		secname = cl_elf_section_name(&e, y->st_shndx);
		if (out->relocatable && secname && !strncmp(secname, ".init", 5))
			continue;
		out->symbols[out->nsymbols++] = (struct cl_symbol){
			out->strings + y->st_name,
			ELF64_ST_BIND(y->st_info) == STB_LOCAL ? file : NULL,
			y->st_value, i };
	}
	ret = 0;
out:
	if (ret)
		cl_symtab_free(out);
	free(syms);
	cl_elf_close(&e);
	close(b.fd);
	return ret;
}

void cl_symtab_free(struct cl_symtab *t)
{
	free(t->strings);
	free(t->symbols);
	memset(t, 0, sizeof(*t));
}
