/*===- dlc/model_abi.h - The contract between model.so and the runtime ---===*
 *
 * Every shared library dlc-compile writes exports one function,
 * dlc_model_describe(), returning a static description of the model: its
 * inputs and outputs, the scratch memory (arena) it needs, and the entry
 * points. The runtime (dlc/runtime.h) loads a model through this symbol and
 * checks abi_version first. Users call the runtime, not this ABI.
 *
 * All tensors are dense, row-major, with static shapes (symbolic dims are
 * bound at compile time with --dim; their names are kept in dim_names).
 *
 *===----------------------------------------------------------------------===*/

#ifndef DLC_MODEL_ABI_H
#define DLC_MODEL_ABI_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DLC_MODEL_ABI_VERSION 1u

/* Element types; the values are ONNX's TensorProto.DataType codes. */
typedef enum dlc_dtype {
  DLC_DTYPE_INVALID = 0,
  DLC_DTYPE_F32 = 1,
  DLC_DTYPE_U8 = 2,
  DLC_DTYPE_I8 = 3,
  DLC_DTYPE_U16 = 4,
  DLC_DTYPE_I16 = 5,
  DLC_DTYPE_I32 = 6,
  DLC_DTYPE_I64 = 7,
  DLC_DTYPE_BOOL = 9, /* one byte per element, 0 or 1 */
  DLC_DTYPE_F16 = 10,
  DLC_DTYPE_F64 = 11,
  DLC_DTYPE_U32 = 12,
  DLC_DTYPE_U64 = 13,
  DLC_DTYPE_BF16 = 16
} dlc_dtype;

typedef struct dlc_tensor_desc {
  const char *name;             /* the ONNX input/output name */
  dlc_dtype dtype;
  int32_t rank;
  const int64_t *shape;         /* rank entries, all >= 0 */
  const char *const *dim_names; /* rank entries; NULL or "" where the ONNX
                                   dim had no symbolic name; may be NULL */
} dlc_tensor_desc;

typedef struct dlc_model_desc {
  uint32_t abi_version;         /* DLC_MODEL_ABI_VERSION */
  const char *model_name;
  int32_t num_inputs;
  int32_t num_outputs;
  const dlc_tensor_desc *inputs;
  const dlc_tensor_desc *outputs;
  uint64_t arena_bytes;         /* scratch memory run() needs */
  uint64_t arena_alignment;     /* its required alignment (a power of two) */
  /* Computes the outputs. inputs[i] / outputs[i] point to dense row-major
     data of the described dtype and shape; outputs must not alias inputs.
     arena points to arena_bytes of writable memory aligned to
     arena_alignment (may be NULL when arena_bytes is 0). Returns 0. */
  int32_t (*run)(void *const *inputs, void *const *outputs, void *arena);
  /* Sets the number of threads run() may use (>= 1). */
  void (*set_num_threads)(int32_t num_threads);
} dlc_model_desc;

/* Exported by every model.so. */
const dlc_model_desc *dlc_model_describe(void);

/* Exported only by models that run on an accelerator (dlc-compile
   --target=cuda); a model.so without it runs on the CPU. The runtime then
   allocates the arena with arena_alloc (device memory) instead of in host
   memory, and, when run() returns non-zero, reports last_error(). run()
   accepts host or device pointers for inputs and outputs. */
typedef struct dlc_model_device_desc {
  const char *device; /* "cuda" */
  /* Allocates bytes of device memory for the arena into *arena; returns 0,
     or non-zero with last_error() set (e.g. when there is no driver). */
  int32_t (*arena_alloc)(uint64_t bytes, void **arena);
  void (*arena_free)(void *arena);
  /* Why the last failing call on this thread failed. Never NULL. */
  const char *(*last_error)(void);
} dlc_model_device_desc;

const dlc_model_device_desc *dlc_model_device(void);

/* Exported only by models compiled with dlc-compile --profile (CPU): the
   wall time each kernel took, summed over the runs since the library was
   loaded or last reset. A kernel's time runs from its start to its end on
   the thread that called run(), the work of every thread it ran on
   included. Library-wide: models loaded from one model.so share it. */
typedef struct dlc_model_profile_desc {
  int32_t num_kernels;
  /* num_kernels entries: the ONNX nodes kernel k computes, e.g.
     "'conv_3' (Conv) + 2 more" (as dlc-compile --explain names them). */
  const char *const *kernel_names;
  /* Stores kernel k's summed time in nanoseconds and how many runs it was
     timed in (0 <= k < num_kernels). */
  void (*read)(int32_t kernel, uint64_t *total_ns, uint64_t *runs);
  /* Sets every kernel's time and count back to 0. */
  void (*reset)(void);
} dlc_model_profile_desc;

const dlc_model_profile_desc *dlc_model_profile(void);

#ifdef __cplusplus
}
#endif

#endif /* DLC_MODEL_ABI_H */
