/*===- Internal.h - Helpers shared by the runtime's sources -----*- C -*-===*
 *
 * Not installed: error reporting and shape formatting used by Tensor.c and
 * Model.c.
 *
 *===----------------------------------------------------------------------===*/

#ifndef DLC_RUNTIME_INTERNAL_H
#define DLC_RUNTIME_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "dlc/runtime.h"

#if defined(__GNUC__) || defined(__clang__)
#define DLC_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define DLC_PRINTF(fmt, args)
#endif

/* Alignment of buffers the runtime allocates (tensors, default arena). */
#define DLC_RT_ALIGNMENT 64u

/* Sets the calling thread's error message; always returns 1 so callers can
   write `return dlc_rt_error(...)`. */
int dlc_rt_error(const char *fmt, ...) DLC_PRINTF(1, 2);

/* Checks that the file at path is a complete shared object for this machine
   (ElfCheck.c); on a problem returns non-zero with a description in why. */
int dlc_rt_check_elf(const char *path, char *why, size_t why_size);

/* Writes "[d0, d1, ...]" into buf (truncated to size, always terminated). */
void dlc_rt_format_shape(char *buf, size_t size, const int64_t *shape,
                         int64_t rank);

/* Number of elements of shape in *out; returns non-zero (and sets the
   error, prefixed with what) on a negative dim or int64/size_t overflow of
   the element or byte count for elem_size-byte elements. */
int dlc_rt_count_elements(const int64_t *shape, int64_t rank, size_t elem_size,
                          const char *what, int64_t *out);

/* aligned_alloc of at least size bytes (rounded up to a multiple of
   alignment, at least one alignment unit); NULL when out of memory. */
void *dlc_rt_aligned_alloc(size_t alignment, size_t size);

#endif /* DLC_RUNTIME_INTERNAL_H */
