// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * objdiff: which functions' machine code differs between two builds of one
 * translation unit.
 *
 *   objdiff [-v] OLD.o NEW.o
 *
 * Both files are x86-64 ELF relocatable objects compiled with
 * -ffunction-sections.  One line is printed per function (per group of
 * function symbols at the same address, named "a,b" when there are
 * aliases):
 *
 *   same NAME | modified NAME | appeared NAME | disappeared NAME
 *
 * A function's code is its bytes plus its relocations: type, offset from
 * the function's start, and target.  Targets are compared by meaning, not
 * by number, so that a change in one function does not make every other
 * function look changed:
 *   - a relocation against a section symbol or a local .L label is
 *     resolved to the named symbol containing the referenced address
 *     ("k.constprop.0+0"), the address being addend + 4 for PC-relative
 *     types (the displacement is 4 bytes before the next instruction);
 *   - an anonymous constant (.LC string, merged constant, other unnamed
 *     data) is named by its content, since its offset and its .LC number
 *     shift when other functions' constants come and go;
 *   - so is a local object GCC numbers per unit (a switch table CSWTCH.458,
 *     __func__.12, a function's static _rs.7): the number moves when
 *     another function gains or loses one; it is named by its stem, size
 *     and content;
 *   - in a section shared by several functions (an explicit section
 *     attribute such as .init.text), the assembler resolves calls and
 *     jumps between them itself: a rel32 displacement is compared by the
 *     symbol it reaches, not by its value.
 * It links nothing but libc: the file is read by tools/elf.c, the tools'
 * one ELF reader, which checks every offset against the file before use.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../elf.h"
#include "../util.h"

static bool verbose;

struct func {
	unsigned int shndx;
	uint64_t value;
	uint64_t size;
	char **names;		/* sorted; names[0] is the primary name */
	size_t nnames;
	bool matched;
};

struct section_refs {
	uint64_t *offs;		/* referenced offsets and symbol values, sorted */
	size_t n, cap;
	bool shared;		/* holds more than one function */
};

struct obj {
	const char *path;
	struct cl_blob blob;
	struct cl_elf_file elf;
	const Elf64_Shdr *sh;
	unsigned int shnum;
	unsigned char **data;	/* section index -> its bytes, NULL if NOBITS */
	const Elf64_Sym *sym;
	size_t nsym;
	const char *str;
	uint64_t strsz;
	unsigned int *rela_of;	/* section index -> its SHT_RELA section, 0 if none */
	Elf64_Rela **rela;	/* section index -> its relocations, decoded */
	size_t *nrela;
	struct section_refs *refs;
	struct func *funcs;
	size_t nfuncs;
};

/* A NUL-terminated string at OFF in a string table of SIZE bytes, or NULL. */
static const char *table_string(const char *tab, uint64_t size, uint64_t off)
{
	if (off >= size || !memchr(tab + off, '\0', size - off))
		return NULL;
	return tab + off;
}

static const char *section_name(const struct obj *o, unsigned int i)
{
	const char *s = cl_elf_section_name(&o->elf, i);

	return s ? s : "?";
}

static const char *symbol_name(const struct obj *o, size_t i)
{
	const char *s = table_string(o->str, o->strsz, o->sym[i].st_name);

	if (!s)
		cl_die("%s: symbol %zu has a bad name offset", o->path, i);
	return s;
}

static void add_ref(struct section_refs *r, uint64_t off)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 16;
		r->offs = cl_xreallocarray(r->offs, r->cap, sizeof(*r->offs));
	}
	r->offs[r->n++] = off;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_func_pos(const void *a, const void *b)
{
	const struct func *x = a, *y = b;

	if (x->shndx != y->shndx)
		return x->shndx < y->shndx ? -1 : 1;
	return x->value < y->value ? -1 : x->value > y->value;
}

static int cmp_func_name(const void *a, const void *b)
{
	const struct func *x = a, *y = b;

	return strcmp(x->names[0], y->names[0]);
}

static bool pc_relative(uint32_t type)
{
	switch (type) {
	case R_X86_64_PC32:
	case R_X86_64_PLT32:
	case R_X86_64_PC64:
	case R_X86_64_PC16:
	case R_X86_64_PC8:
	case R_X86_64_GOTPCREL:
	case R_X86_64_GOTPCRELX:
	case R_X86_64_REX_GOTPCRELX:
		return true;
	}
	return false;
}

/* A symbol that names nothing stable: a section symbol or a .L label. */
static bool anonymous_symbol(const struct obj *o, size_t i)
{
	const Elf64_Sym *s = &o->sym[i];

	if (ELF64_ST_TYPE(s->st_info) == STT_SECTION)
		return true;
	return ELF64_ST_BIND(s->st_info) == STB_LOCAL &&
	       !strncmp(symbol_name(o, i), ".L", 2);
}

/* A local object whose name GCC numbered: "stem.N", N digits. */
static bool numbered_local(const struct obj *o, size_t i)
{
	const Elf64_Sym *s = &o->sym[i];
	const char *name = symbol_name(o, i), *dot = strrchr(name, '.');

	if (ELF64_ST_BIND(s->st_info) != STB_LOCAL ||
	    ELF64_ST_TYPE(s->st_info) != STT_OBJECT || !dot || dot == name ||
	    !dot[1])
		return false;
	return strspn(dot + 1, "0123456789") == strlen(dot + 1);
}

static bool defined_in_section(const struct obj *o, const Elf64_Sym *s)
{
	return s->st_shndx != SHN_UNDEF && s->st_shndx < SHN_LORESERVE &&
	       s->st_shndx < o->shnum;
}

static void load(struct obj *o, const char *path)
{
	unsigned int symtab = 0;
	struct stat st;
	char *str;

	o->path = path;
	o->blob.fd = cl_open_regular(path, NULL, &st);
	if (o->blob.fd < 0)
		exit(2);
	o->blob.label = path;
	o->blob.size = (uint64_t)st.st_size;
	if (cl_elf_open(&o->elf, &o->blob))
		exit(2);
	if (!o->elf.is64 || o->elf.data != ELFDATA2LSB ||
	    o->elf.machine != EM_X86_64)
		cl_die("%s: not an x86-64 ELF64 little-endian object", path);
	if (o->elf.type != ET_REL)
		cl_die("%s: not a relocatable object (compile with -c)", path);
	if (o->elf.shnum == 0 || o->elf.shnum > 0xff00)
		cl_die("%s: bad section header table", path);
	o->sh = o->elf.sh;
	o->shnum = (unsigned int)o->elf.shnum;
	o->data = cl_xcalloc(o->shnum, sizeof(*o->data));
	for (unsigned int i = 0; i < o->shnum; i++) {
		const Elf64_Shdr *s = &o->sh[i];

		if (s->sh_type == SHT_SYMTAB) {
			if (symtab)
				cl_die("%s: more than one symbol table", path);
			symtab = i;
		}
		if (s->sh_type != SHT_NOBITS && s->sh_type != SHT_NULL &&
		    !(o->data[i] = (unsigned char *)cl_elf_section_data(&o->elf, i)))
			exit(2);
	}
	if (!symtab)
		cl_die("%s: no symbol table", path);
	o->sym = cl_elf_symbols(&o->elf, symtab, &o->nsym, &str, &o->strsz);
	if (!o->sym)
		exit(2);
	o->str = str;

	o->rela_of = cl_xcalloc(o->shnum, sizeof(*o->rela_of));
	o->rela = cl_xcalloc(o->shnum, sizeof(*o->rela));
	o->nrela = cl_xcalloc(o->shnum, sizeof(*o->nrela));
	for (unsigned int i = 0; i < o->shnum; i++) {
		const Elf64_Shdr *s = &o->sh[i];

		if (s->sh_type == SHT_REL)
			cl_die("%s: REL relocations are not used on x86-64", path);
		if (s->sh_type != SHT_RELA)
			continue;
		if (s->sh_info == 0 || s->sh_info >= o->shnum ||
		    s->sh_link != symtab)
			cl_die("%s: bad relocation section %s", path,
			    section_name(o, i));
		o->rela_of[s->sh_info] = i;
		o->rela[i] = cl_elf_relocations(&o->elf, i, &o->nrela[i]);
		if (!o->rela[i])
			exit(2);
	}
}

static const Elf64_Rela *relocs(const struct obj *o, unsigned int shndx,
				size_t *n)
{
	unsigned int r = o->rela_of[shndx];

	if (!r) {
		*n = 0;
		return NULL;
	}
	*n = o->nrela[r];
	return o->rela[r];
}

static uint64_t probe_offset(const struct obj *o, const Elf64_Rela *r)
{
	const Elf64_Sym *s = &o->sym[ELF64_R_SYM(r->r_info)];
	uint64_t off = s->st_value + (uint64_t)r->r_addend;

	return pc_relative(ELF64_R_TYPE(r->r_info)) ? off + 4 : off;
}

/* Group function symbols by address, and note what each section holds. */
static void index_symbols(struct obj *o)
{
	size_t cap = 64;

	o->refs = cl_xcalloc(o->shnum, sizeof(*o->refs));
	o->funcs = cl_xcalloc(cap, sizeof(*o->funcs));
	for (size_t i = 1; i < o->nsym; i++) {
		const Elf64_Sym *s = &o->sym[i];
		const char *name = symbol_name(o, i);

		if (!defined_in_section(o, s))
			continue;
		if (ELF64_ST_TYPE(s->st_info) != STT_SECTION &&
		    strncmp(name, ".L", 2))
			add_ref(&o->refs[s->st_shndx], s->st_value);
		if (ELF64_ST_TYPE(s->st_info) != STT_FUNC)
			continue;
		if (o->sh[s->st_shndx].sh_type != SHT_PROGBITS ||
		    s->st_value > o->sh[s->st_shndx].sh_size ||
		    s->st_size > o->sh[s->st_shndx].sh_size - s->st_value)
			cl_die("%s: function %s lies outside its section", o->path,
			    name);
		if (o->nfuncs == cap) {
			cap *= 2;
			o->funcs = cl_xreallocarray(o->funcs, cap, sizeof(*o->funcs));
		}
		o->funcs[o->nfuncs++] = (struct func){
			.shndx = s->st_shndx, .value = s->st_value,
			.size = s->st_size,
			.names = cl_xcalloc(1, sizeof(char *)), .nnames = 1,
		};
		o->funcs[o->nfuncs - 1].names[0] = (char *)name;
	}
	/* Symbols at one address are one function. */
	qsort(o->funcs, o->nfuncs, sizeof(*o->funcs), cmp_func_pos);
	size_t out = 0;
	for (size_t i = 0; i < o->nfuncs; i++) {
		struct func *f = &o->funcs[i];

		if (out && o->funcs[out - 1].shndx == f->shndx &&
		    o->funcs[out - 1].value == f->value) {
			struct func *g = &o->funcs[out - 1];

			g->names = cl_xreallocarray(g->names, g->nnames + 1,
					    sizeof(char *));
			g->names[g->nnames++] = f->names[0];
			if (f->size > g->size)
				g->size = f->size;
			free(f->names);
			continue;
		}
		o->funcs[out++] = *f;
	}
	o->nfuncs = out;
	for (size_t i = 0; i < o->nfuncs; i++) {
		qsort(o->funcs[i].names, o->funcs[i].nnames, sizeof(char *),
		      cmp_str);
		if (i && o->funcs[i - 1].shndx == o->funcs[i].shndx)
			o->refs[o->funcs[i].shndx].shared = true;
	}
	/* Every address a relocation reaches bounds an anonymous object. */
	for (unsigned int i = 0; i < o->shnum; i++) {
		size_t n;
		const Elf64_Rela *r = relocs(o, i, &n);

		for (size_t k = 0; k < n; k++) {
			size_t si = ELF64_R_SYM(r[k].r_info);

			if (si == 0 || si >= o->nsym)
				cl_die("%s: relocation %zu of %s has a bad symbol",
				    o->path, k, section_name(o, i));
			if (r[k].r_offset >= o->sh[i].sh_size)
				cl_die("%s: relocation %zu of %s lies outside it",
				    o->path, k, section_name(o, i));
			if (anonymous_symbol(o, si) &&
			    defined_in_section(o, &o->sym[si]))
				add_ref(&o->refs[o->sym[si].st_shndx],
					probe_offset(o, &r[k]));
		}
	}
	for (unsigned int i = 0; i < o->shnum; i++)
		qsort(o->refs[i].offs, o->refs[i].n, sizeof(uint64_t), cmp_u64);
	qsort(o->funcs, o->nfuncs, sizeof(*o->funcs), cmp_func_name);
}

/*
 * Of two symbols at an address, the one that names it.  A sized symbol
 * holds the byte there; a zero-sized one at the same address (an empty
 * struct such as lockdep's "static struct lock_class_key __key" with
 * lockdep off) holds nothing and comes and goes with the code that
 * declares it, so it is taken only when nothing sized is there.  Then the
 * smallest, then the first name, for determinism.
 */
static bool better_container(const Elf64_Sym *s, const char *name,
			     const Elf64_Sym *best, const char *best_name)
{
	if ((s->st_size == 0) != (best->st_size == 0))
		return best->st_size == 0;
	if (s->st_size != best->st_size)
		return s->st_size < best->st_size;
	return strcmp(name, best_name) < 0;
}

/* The named symbol (not a section, not .L) in SHNDX containing OFF. */
static const Elf64_Sym *containing_symbol(const struct obj *o,
					  unsigned int shndx, uint64_t off,
					  const char **name)
{
	const Elf64_Sym *best = NULL;

	for (size_t i = 1; i < o->nsym; i++) {
		const Elf64_Sym *s = &o->sym[i];

		if (s->st_shndx != shndx || anonymous_symbol(o, i))
			continue;
		if (ELF64_ST_TYPE(s->st_info) == STT_FILE)
			continue;
		if (off < s->st_value ||
		    (off >= s->st_value + s->st_size &&
		     !(off == s->st_value && s->st_size == 0)))
			continue;
		if (!best || better_container(s, symbol_name(o, i), best, *name)) {
			best = s;
			*name = symbol_name(o, i);
		}
	}
	return best;
}

static uint64_t fnv1a(const unsigned char *p, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	for (size_t i = 0; i < n; i++)
		h = (h ^ p[i]) * 0x100000001b3ULL;
	return h;
}

/*
 * Describe the anonymous object at OFF in section SHNDX by its content:
 * a string up to its NUL, a merged constant, or the bytes up to the next
 * address anything refers to.
 */
static void describe_anonymous(const struct obj *o, unsigned int shndx,
			       uint64_t off, char *buf, size_t len)
{
	const Elf64_Shdr *s = &o->sh[shndx];
	const unsigned char *base = o->data[shndx];
	const struct section_refs *r = &o->refs[shndx];
	uint64_t end = s->sh_size;

	if (s->sh_type == SHT_NOBITS || off >= s->sh_size) {
		snprintf(buf, len, "%s+%llu", section_name(o, shndx),
			 (unsigned long long)off);
		return;
	}
	if ((s->sh_flags & SHF_MERGE) && (s->sh_flags & SHF_STRINGS)) {
		const unsigned char *nul = memchr(base + off, '\0',
						  s->sh_size - off);

		end = nul ? (uint64_t)(nul - base) : s->sh_size;
	} else if ((s->sh_flags & SHF_MERGE) && s->sh_entsize) {
		end = off + s->sh_entsize < s->sh_size ?
		      off + s->sh_entsize : s->sh_size;
	} else {
		for (size_t i = 0; i < r->n; i++) {
			if (r->offs[i] > off) {
				end = r->offs[i];
				break;
			}
		}
	}
	if (end > s->sh_size)
		end = s->sh_size;
	snprintf(buf, len, "<%s:%llu:%016llx>",
		 (s->sh_flags & SHF_EXECINSTR) ? "code" : "data",
		 (unsigned long long)(end - off),
		 (unsigned long long)fnv1a(base + off, end - off));
}

/* The numbered local object I by its stem, size and bytes (none in .bss). */
static void describe_numbered(const struct obj *o, size_t i, char *buf,
			      size_t len)
{
	const Elf64_Sym *s = &o->sym[i];
	const Elf64_Shdr *sh = &o->sh[s->st_shndx];
	const char *name = symbol_name(o, i);
	uint64_t hash = 0;

	/* The section's bytes were read whole (o->data), bounds checked. */
	if (sh->sh_type != SHT_NOBITS && o->data[s->st_shndx] &&
	    s->st_value <= sh->sh_size &&
	    s->st_size <= sh->sh_size - s->st_value)
		hash = fnv1a(o->data[s->st_shndx] + s->st_value, s->st_size);
	snprintf(buf, len, "<%.*s:%llu:%016llx>",
		 (int)(strrchr(name, '.') - name), name,
		 (unsigned long long)s->st_size, (unsigned long long)hash);
}

/* One relocation of a function, reduced to what it means. */
struct rel {
	uint64_t off;		/* from the function's start */
	uint32_t type;
	int64_t value;		/* addend, or offset from the resolved target */
	char target[160];
};

static void resolve(const struct obj *o, const Elf64_Rela *r, struct rel *out)
{
	size_t si = ELF64_R_SYM(r->r_info);
	const Elf64_Sym *s = &o->sym[si];
	const char *name = NULL;
	const Elf64_Sym *hit;
	uint64_t off, probe;

	out->type = ELF64_R_TYPE(r->r_info);
	if (numbered_local(o, si) && defined_in_section(o, s)) {
		describe_numbered(o, si, out->target, sizeof(out->target));
		out->value = r->r_addend;
		return;
	}
	if (!anonymous_symbol(o, si) || !defined_in_section(o, s)) {
		snprintf(out->target, sizeof(out->target), "%s",
			 symbol_name(o, si));
		out->value = r->r_addend;
		return;
	}
	off = s->st_value + (uint64_t)r->r_addend;
	probe = probe_offset(o, r);
	hit = containing_symbol(o, s->st_shndx, probe, &name);
	if (hit && numbered_local(o, (size_t)(hit - o->sym))) {
		describe_numbered(o, (size_t)(hit - o->sym), out->target,
				  sizeof(out->target));
		out->value = (int64_t)(off - hit->st_value);
		return;
	}
	if (hit) {
		snprintf(out->target, sizeof(out->target), "%s", name);
		out->value = (int64_t)(off - hit->st_value);
		return;
	}
	describe_anonymous(o, s->st_shndx, probe, out->target,
			   sizeof(out->target));
	out->value = (int64_t)(off - probe);
}

static struct rel *function_relocs(const struct obj *o, const struct func *f,
				   size_t *count)
{
	size_t n, m = 0;
	const Elf64_Rela *r = relocs(o, f->shndx, &n);
	struct rel *out = cl_xcalloc(n, sizeof(*out));

	for (size_t i = 0; i < n; i++) {
		if (r[i].r_offset < f->value ||
		    r[i].r_offset >= f->value + f->size)
			continue;
		resolve(o, &r[i], &out[m]);
		out[m].off = r[i].r_offset - f->value;
		m++;
	}
	*count = m;
	return out;
}

static int cmp_rel(const void *a, const void *b)
{
	const struct rel *x = a, *y = b;

	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	return x->type < y->type ? -1 : x->type > y->type;
}

/* The function in section SHNDX that contains OFF, as "name+delta". */
static bool code_target(const struct obj *o, unsigned int shndx, uint64_t off,
			char *buf, size_t len)
{
	for (size_t i = 0; i < o->nfuncs; i++) {
		const struct func *f = &o->funcs[i];

		if (f->shndx == shndx && off >= f->value &&
		    off < f->value + (f->size ? f->size : 1)) {
			snprintf(buf, len, "%s+%llu", f->names[0],
				 (unsigned long long)(off - f->value));
			return true;
		}
	}
	return false;
}

static int32_t rd32(const unsigned char *p)
{
	return (int32_t)((uint32_t)p[0] | (uint32_t)p[1] << 8 |
			 (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);
}

/*
 * In a shared section, is the difference at byte I part of a call, jmp or
 * jcc rel32 that reaches the same function in both objects?  Returns the
 * first byte after the displacement, or 0.
 */
static uint64_t same_branch_target(const struct obj *a, const struct func *fa,
				   const struct obj *b, const struct func *fb,
				   uint64_t i)
{
	const unsigned char *pa = a->data[fa->shndx] + fa->value;
	const unsigned char *pb = b->data[fb->shndx] + fb->value;

	for (uint64_t p = i >= 3 ? i - 3 : 0; p <= i; p++) {
		char ta[200], tb[200];
		int64_t da, db;
		bool op;

		if (p < 1 || p + 4 > fa->size || pa[p - 1] != pb[p - 1])
			continue;
		op = pa[p - 1] == 0xe8 || pa[p - 1] == 0xe9 ||
		     (p >= 2 && pa[p - 2] == 0x0f && pb[p - 2] == 0x0f &&
		      pa[p - 1] >= 0x80 && pa[p - 1] <= 0x8f);
		if (!op)
			continue;
		da = (int64_t)(fa->value + p + 4) + rd32(pa + p);
		db = (int64_t)(fb->value + p + 4) + rd32(pb + p);
		if (da < 0 || db < 0)
			continue;
		if (!code_target(a, fa->shndx, (uint64_t)da, ta, sizeof(ta)) ||
		    !code_target(b, fb->shndx, (uint64_t)db, tb, sizeof(tb)))
			continue;
		/* A branch inside the function itself is compared as bytes. */
		if ((uint64_t)da >= fa->value && (uint64_t)da < fa->value + fa->size)
			continue;
		if (!strcmp(ta, tb))
			return p + 4;
	}
	return 0;
}

static bool differ(const struct obj *a, const struct func *fa,
		   const struct obj *b, const struct func *fb,
		   char *why, size_t len)
{
	const unsigned char *pa, *pb;
	struct rel *ra, *rb;
	size_t na, nb;
	bool diff = false;

	if (fa->size != fb->size) {
		snprintf(why, len, "size %llu -> %llu",
			 (unsigned long long)fa->size,
			 (unsigned long long)fb->size);
		return true;
	}
	pa = a->data[fa->shndx] + fa->value;
	pb = b->data[fb->shndx] + fb->value;
	for (uint64_t i = 0; i < fa->size; i++) {
		uint64_t next;

		if (pa[i] == pb[i])
			continue;
		next = (a->refs[fa->shndx].shared || b->refs[fb->shndx].shared) ?
		       same_branch_target(a, fa, b, fb, i) : 0;
		if (next) {
			i = next - 1;
			continue;
		}
		snprintf(why, len, "bytes differ at +0x%llx",
			 (unsigned long long)i);
		return true;
	}
	ra = function_relocs(a, fa, &na);
	rb = function_relocs(b, fb, &nb);
	qsort(ra, na, sizeof(*ra), cmp_rel);
	qsort(rb, nb, sizeof(*rb), cmp_rel);
	if (na != nb) {
		snprintf(why, len, "%zu -> %zu relocations", na, nb);
		diff = true;
	}
	for (size_t i = 0; !diff && i < na; i++) {
		if (ra[i].off != rb[i].off || ra[i].type != rb[i].type ||
		    ra[i].value != rb[i].value ||
		    strcmp(ra[i].target, rb[i].target)) {
			snprintf(why, len, "relocation at +0x%llx: %s%+lld -> %s%+lld",
				 (unsigned long long)ra[i].off, ra[i].target,
				 (long long)ra[i].value, rb[i].target,
				 (long long)rb[i].value);
			diff = true;
		}
	}
	free(ra);
	free(rb);
	return diff;
}

static void print_names(const char *what, const struct func *f, const char *why)
{
	printf("%s ", what);
	for (size_t i = 0; i < f->nnames; i++)
		printf("%s%s", i ? "," : "", f->names[i]);
	if (verbose && why && *why)
		printf("\t# %s", why);
	putchar('\n');
}

static struct func *find_match(struct obj *o, const struct func *f)
{
	for (size_t i = 0; i < o->nfuncs; i++) {
		struct func *g = &o->funcs[i];

		for (size_t x = 0; x < f->nnames; x++)
			for (size_t y = 0; y < g->nnames; y++)
				if (!strcmp(f->names[x], g->names[y]))
					return g;
	}
	return NULL;
}

int main(int argc, char **argv)
{
	struct obj a = { 0 }, b = { 0 };
	int i = 1;

	cl_progname = "objdiff";
	if (i < argc && !strcmp(argv[i], "-v")) {
		verbose = true;
		i++;
	}
	if (argc - i != 2) {
		fprintf(stderr, "usage: objdiff [-v] OLD.o NEW.o\n");
		return 2;
	}
	load(&a, argv[i]);
	load(&b, argv[i + 1]);
	index_symbols(&a);
	index_symbols(&b);
	for (size_t k = 0; k < a.nfuncs; k++) {
		struct func *fa = &a.funcs[k];
		struct func *fb = find_match(&b, fa);
		char why[512] = "";

		if (!fb) {
			print_names("disappeared", fa, NULL);
			continue;
		}
		fb->matched = true;
		if (differ(&a, fa, &b, fb, why, sizeof(why)))
			print_names("modified", fa, why);
		else
			print_names("same", fa, NULL);
	}
	for (size_t k = 0; k < b.nfuncs; k++)
		if (!b.funcs[k].matched)
			print_names("appeared", &b.funcs[k], NULL);
	return ferror(stdout) ? 2 : 0;
}
