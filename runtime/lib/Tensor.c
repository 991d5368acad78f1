/*===- Tensor.c - Tensors, dtypes and errors of the DLC runtime -*- C -*-===*
 *
 * Implements dlc_tensor (a dtype, a copied shape and a data pointer that may
 * be owned), the dtype helpers, and the thread-local error message.
 *
 *===----------------------------------------------------------------------===*/

#include "Internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct dlc_tensor {
  void *data;
  dlc_dtype dtype;
  int rank;
  int64_t *shape; /* rank entries; a one-entry dummy allocation for rank 0 */
  int64_t num_elements;
  size_t byte_size;
  bool owns_data;
};

/*===------------------------------------------------------------------===*
 * Errors
 *===------------------------------------------------------------------===*/

static _Thread_local char dlc_rt_error_buf[2048];

int dlc_rt_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(dlc_rt_error_buf, sizeof(dlc_rt_error_buf), fmt, ap);
  va_end(ap);
  return 1;
}

const char *dlc_last_error(void) { return dlc_rt_error_buf; }

void dlc_rt_format_shape(char *buf, size_t size, const int64_t *shape,
                         int64_t rank) {
  size_t used = 0;
  if (size == 0)
    return;
  buf[0] = '\0';
#define DLC_APPEND(...)                                                        \
  do {                                                                         \
    if (used < size) {                                                         \
      int n = snprintf(buf + used, size - used, __VA_ARGS__);                  \
      if (n > 0)                                                               \
        used += (size_t)n;                                                     \
    }                                                                          \
  } while (0)
  DLC_APPEND("[");
  for (int64_t i = 0; i < rank; ++i)
    DLC_APPEND(i ? ", %lld" : "%lld", (long long)shape[i]);
  DLC_APPEND("]");
#undef DLC_APPEND
}

int dlc_rt_count_elements(const int64_t *shape, int64_t rank, size_t elem_size,
                          const char *what, int64_t *out) {
  int64_t n = 1;
  for (int64_t i = 0; i < rank; ++i) {
    if (shape[i] < 0)
      return dlc_rt_error("%s: dim %lld is negative (%lld)", what, (long long)i,
                          (long long)shape[i]);
    if (shape[i] != 0 && n > INT64_MAX / shape[i])
      return dlc_rt_error("%s: element count overflows int64", what);
    n *= shape[i];
  }
  if (elem_size != 0 && (uint64_t)n > (uint64_t)SIZE_MAX / elem_size)
    return dlc_rt_error("%s: byte size overflows size_t", what);
  *out = n;
  return 0;
}

void *dlc_rt_aligned_alloc(size_t alignment, size_t size) {
  if (size == 0)
    size = 1;
  size_t rounded = (size + alignment - 1) / alignment * alignment;
  if (rounded < size)
    return NULL;
  return aligned_alloc(alignment, rounded);
}

/*===------------------------------------------------------------------===*
 * Element types
 *===------------------------------------------------------------------===*/

const char *dlc_dtype_name(dlc_dtype dtype) {
  switch (dtype) {
  case DLC_DTYPE_F32:
    return "f32";
  case DLC_DTYPE_U8:
    return "u8";
  case DLC_DTYPE_I8:
    return "i8";
  case DLC_DTYPE_U16:
    return "u16";
  case DLC_DTYPE_I16:
    return "i16";
  case DLC_DTYPE_I32:
    return "i32";
  case DLC_DTYPE_I64:
    return "i64";
  case DLC_DTYPE_BOOL:
    return "bool";
  case DLC_DTYPE_F16:
    return "f16";
  case DLC_DTYPE_F64:
    return "f64";
  case DLC_DTYPE_U32:
    return "u32";
  case DLC_DTYPE_U64:
    return "u64";
  case DLC_DTYPE_BF16:
    return "bf16";
  case DLC_DTYPE_INVALID:
    break;
  }
  return "invalid";
}

size_t dlc_dtype_size(dlc_dtype dtype) {
  switch (dtype) {
  case DLC_DTYPE_U8:
  case DLC_DTYPE_I8:
  case DLC_DTYPE_BOOL:
    return 1;
  case DLC_DTYPE_U16:
  case DLC_DTYPE_I16:
  case DLC_DTYPE_F16:
  case DLC_DTYPE_BF16:
    return 2;
  case DLC_DTYPE_F32:
  case DLC_DTYPE_I32:
  case DLC_DTYPE_U32:
    return 4;
  case DLC_DTYPE_I64:
  case DLC_DTYPE_F64:
  case DLC_DTYPE_U64:
    return 8;
  case DLC_DTYPE_INVALID:
    break;
  }
  return 0;
}

dlc_dtype dlc_dtype_from_name(const char *name) {
  static const dlc_dtype all[] = {DLC_DTYPE_F32, DLC_DTYPE_U8,   DLC_DTYPE_I8,
                                  DLC_DTYPE_U16, DLC_DTYPE_I16,  DLC_DTYPE_I32,
                                  DLC_DTYPE_I64, DLC_DTYPE_BOOL, DLC_DTYPE_F16,
                                  DLC_DTYPE_F64, DLC_DTYPE_U32,  DLC_DTYPE_U64,
                                  DLC_DTYPE_BF16};
  if (!name)
    return DLC_DTYPE_INVALID;
  for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); ++i)
    if (strcmp(name, dlc_dtype_name(all[i])) == 0)
      return all[i];
  return DLC_DTYPE_INVALID;
}

/*===------------------------------------------------------------------===*
 * Tensors
 *===------------------------------------------------------------------===*/

/* Validates dtype and shape and allocates the tensor with data == NULL. */
static dlc_tensor *new_tensor(dlc_dtype dtype, const int64_t *shape,
                              int64_t rank) {
  size_t elem_size = dlc_dtype_size(dtype);
  if (elem_size == 0) {
    dlc_rt_error("tensor: invalid dtype %d", (int)dtype);
    return NULL;
  }
  if (rank < 0 || rank > 4096) {
    dlc_rt_error("tensor: invalid rank %lld", (long long)rank);
    return NULL;
  }
  if (rank > 0 && !shape) {
    dlc_rt_error("tensor: shape is NULL for rank %lld", (long long)rank);
    return NULL;
  }
  int64_t n;
  if (dlc_rt_count_elements(shape, rank, elem_size, "tensor", &n))
    return NULL;
  dlc_tensor *t = (dlc_tensor *)calloc(1, sizeof(dlc_tensor));
  int64_t *shape_copy =
      (int64_t *)malloc(sizeof(int64_t) * (size_t)(rank ? rank : 1));
  if (!t || !shape_copy) {
    free(t);
    free(shape_copy);
    dlc_rt_error("tensor: out of memory");
    return NULL;
  }
  if (rank)
    memcpy(shape_copy, shape, sizeof(int64_t) * (size_t)rank);
  t->dtype = dtype;
  t->rank = (int)rank;
  t->shape = shape_copy;
  t->num_elements = n;
  t->byte_size = (size_t)n * elem_size;
  return t;
}

dlc_tensor *dlc_tensor_create(dlc_dtype dtype, const int64_t *shape, int rank) {
  dlc_tensor *t = new_tensor(dtype, shape, rank);
  if (!t)
    return NULL;
  t->data = dlc_rt_aligned_alloc(DLC_RT_ALIGNMENT, t->byte_size);
  if (!t->data) {
    dlc_rt_error("tensor: cannot allocate %zu bytes", t->byte_size);
    dlc_tensor_free(t);
    return NULL;
  }
  memset(t->data, 0, t->byte_size);
  t->owns_data = true;
  return t;
}

dlc_tensor *dlc_tensor_create_with_ownership(void *data, const int64_t *shape,
                                             int64_t rank, dlc_dtype dtype,
                                             bool owning) {
  dlc_tensor *t = new_tensor(dtype, shape, rank);
  if (!t)
    return NULL;
  if (!data && t->byte_size != 0) {
    dlc_rt_error("tensor: data is NULL for a %zu-byte tensor", t->byte_size);
    t->owns_data = false;
    dlc_tensor_free(t);
    return NULL;
  }
  t->data = data;
  t->owns_data = owning;
  return t;
}

dlc_tensor *dlc_tensor_wrap(void *data, dlc_dtype dtype, const int64_t *shape,
                            int rank) {
  return dlc_tensor_create_with_ownership(data, shape, rank, dtype, false);
}

void dlc_tensor_free(dlc_tensor *tensor) {
  if (!tensor)
    return;
  if (tensor->owns_data)
    free(tensor->data);
  free(tensor->shape);
  free(tensor);
}

void *dlc_tensor_data(const dlc_tensor *tensor) {
  return tensor ? tensor->data : NULL;
}

dlc_dtype dlc_tensor_dtype(const dlc_tensor *tensor) {
  return tensor ? tensor->dtype : DLC_DTYPE_INVALID;
}

int dlc_tensor_rank(const dlc_tensor *tensor) {
  return tensor ? tensor->rank : -1;
}

const int64_t *dlc_tensor_shape(const dlc_tensor *tensor) {
  return tensor ? tensor->shape : NULL;
}

int64_t dlc_tensor_num_elements(const dlc_tensor *tensor) {
  return tensor ? tensor->num_elements : -1;
}

size_t dlc_tensor_byte_size(const dlc_tensor *tensor) {
  return tensor ? tensor->byte_size : 0;
}
