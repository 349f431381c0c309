/* A static inline function from a header is placed in the header, so a fix
   to the header reaches every object that holds a copy; the list also names
   every file the unit read, for changes outside any function.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-callers" } */

#include "location-header.h"

int use_helper(int x)
{
	return header_helper(x) + 1;
}

/* { dg-final { callers-location header_helper location-header.h 2 6 } } */
/* { dg-final { callers-location use_helper location-header.c 9 12 } } */
/* { dg-final { callers-file-read location-header.h } } */
/* { dg-final { callers-file-read location-header.c } } */
