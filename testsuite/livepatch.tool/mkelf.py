#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Write a minimal relocatable ELF file holding a callers list, in a class
# and byte order this machine's compiler does not produce, so tool.exp can
# show livepatch-callers reads big-endian and 32-bit objects (s390x, ppc64,
# armeb kernels) without a cross compiler.
#
#   mkelf.py 32|64 big|little LIST OUT [--no-list]
#
# Sections: NULL, .text (4 bytes of code), the list in
# .discard.livepatch.callers (left out with --no-list), .shstrtab.
import struct
import sys

bits, order, list_path, out = sys.argv[1:5]
with_list = '--no-list' not in sys.argv[5:]
e = '>' if order == 'big' else '<'
is64 = bits == '64'
payload = open(list_path, 'rb').read()

sections = [('.text', 1, 0x6, b'\x00\x00\x00\x00')]	# PROGBITS, AX
if with_list:
	sections.append(('.discard.livepatch.callers', 1, 0, payload))
names = b'\x00'
offsets = []
for name, _, _, _ in sections + [('.shstrtab', 3, 0, b'')]:
	offsets.append(len(names))
	names += name.encode() + b'\x00'
sections.append(('.shstrtab', 3, 0, names))	# STRTAB

ehsize = 64 if is64 else 52
shentsize = 64 if is64 else 40
body = b''
placed = []
for name, stype, flags, data in sections:
	placed.append(ehsize + len(body))
	body += data
shoff = ehsize + len(body)
shoff += (8 - shoff % 8) % 8
body += b'\x00' * (shoff - ehsize - len(body))

ident = b'\x7fELF' + bytes([2 if is64 else 1, 2 if order == 'big' else 1,
			    1]) + b'\x00' * 9
machine = (21 if is64 else 20) if order == 'big' else (62 if is64 else 3)
shnum = len(sections) + 1
if is64:
	header = struct.pack(e + '16sHHIQQQIHHHHHH', ident, 1, machine, 1, 0,
			     0, shoff, 0, ehsize, 0, 0, shentsize, shnum,
			     shnum - 1)
	shdr = lambda *f: struct.pack(e + 'IIQQQQIIQQ', *f)
else:
	header = struct.pack(e + '16sHHIIIIIHHHHHH', ident, 1, machine, 1, 0,
			     0, shoff, 0, ehsize, 0, 0, shentsize, shnum,
			     shnum - 1)
	shdr = lambda *f: struct.pack(e + 'IIIIIIIIII', *f)

table = shdr(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
for (name, stype, flags, data), name_off, off in zip(sections, offsets,
						     placed):
	table += shdr(name_off, stype, flags, 0, off, len(data), 0, 0, 1, 0)
with open(out, 'wb') as f:
	f.write(header + body + table)
