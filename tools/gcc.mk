# SPDX-License-Identifier: GPL-2.0-or-later
#
# Which GCC a plugin is built for, shared by every Makefile that builds one
# (the top Makefile: livepatch.so; tools/verify/Makefile: perturb.so), so
# that they never disagree on the compiler, its plugin headers or where the
# result goes.  Set TOP before including this file.
#
#   CC          the GCC the plugin is for (default gcc; CC=gcc-14 ...)
#   GCC_MAJOR   its major version, naming the build directory
#   CXX_FOR_CC  its C++ compiler: a plugin must be built by the g++ of the
#               GCC that loads it (same libstdc++ and C++ ABI)
#   PLUGIN_DIR  its plugin directory ($(CC) -print-file-name=plugin)
#   BUILD       $(TOP)/build/gcc-$(GCC_MAJOR)
#   CHECK_PLUGIN_HEADERS   a recipe line failing with one clear line when
#               $(CC) cannot run or has no plugin headers
#   GCC_PLUGIN_CXXFLAGS    how plugin sources (C-style .c) are compiled
#
# Nothing here stops the parse when $(CC) is missing, so that 'make check'
# can still run tools/install-deps on a machine without it.

CC ?= gcc
ifeq ($(origin CC),default)
CC := gcc
endif

GCC_MAJOR := $(shell $(CC) -dumpversion 2>/dev/null | cut -d. -f1)
CXX_FOR_CC := $(patsubst gcc%,g++%,$(notdir $(CC)))
PLUGIN_DIR := $(shell $(CC) -print-file-name=plugin 2>/dev/null)
BUILD := $(TOP)/build/gcc-$(GCC_MAJOR)

CHECK_PLUGIN_HEADERS = @test -n "$(GCC_MAJOR)" || \
	{ echo "error: cannot run '$(CC)'; install it or pass CC=gcc-N" >&2; exit 1; }; \
	test -f $(PLUGIN_DIR)/include/gcc-plugin.h || \
	{ echo "error: no plugin headers for $(CC) in $(PLUGIN_DIR); install gcc-$(GCC_MAJOR)-plugin-dev" >&2; exit 1; }

GCC_PLUGIN_CXXFLAGS := -std=gnu++14 -fPIC -fno-rtti -fno-exceptions -O2 -g \
	-Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers \
	-I $(TOP)/include -I $(PLUGIN_DIR)/include -x c++
