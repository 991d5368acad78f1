/*===- dlc/runtime.h - The DLC runtime C API --------------------*- C -*-===*
 *
 * Loads a model.so written by dlc-compile, describes its signature, and runs
 * it on caller-provided tensors. This is the API applications use; the model
 * ABI underneath (dlc/model_abi.h) is an implementation detail of the
 * compiler/runtime pair.
 *
 * Conventions:
 *  - Functions returning a pointer return NULL on failure; functions returning
 *    int return 0 on success and non-zero on failure. After a failure,
 *    dlc_last_error() describes it, naming the offending input.
 *  - Every function documents who owns what it returns. Objects created by a
 *    dlc_*_create / dlc_*_load function are freed by the matching dlc_*_free.
 *  - Tensors are dense, row-major, with static shapes.
 *  - A dlc_model may be queried from any thread, but dlc_model_run on one
 *    model must not be called concurrently (runs share the model's arena).
 *    Load the model twice to run it from two threads.
 *
 * Typical use:
 *
 *   dlc_model *m = dlc_model_load("model.so");
 *   if (!m) { fprintf(stderr, "%s\n", dlc_last_error()); return 1; }
 *   dlc_tensor *in = dlc_tensor_create_for_input(m, 0);
 *   fill(dlc_tensor_data(in));
 *   dlc_tensor *out = NULL;
 *   if (dlc_model_run_alloc(m, &in, 1, &out, 1)) { ... dlc_last_error() ... }
 *   use(dlc_tensor_data(out));
 *   dlc_tensor_free(out);
 *   dlc_tensor_free(in);
 *   dlc_model_free(m);
 *
 *===----------------------------------------------------------------------===*/

#ifndef DLC_RUNTIME_H
#define DLC_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dlc/model_abi.h"

#ifndef DLC_EXPORT
#if defined(_WIN32)
#define DLC_EXPORT __declspec(dllexport)
#else
#define DLC_EXPORT __attribute__((visibility("default")))
#endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* A loaded model.so. Opaque. */
typedef struct dlc_model dlc_model;

/* A dense row-major tensor: dtype, shape, and a data pointer that the tensor
   may or may not own. Opaque. */
typedef struct dlc_tensor dlc_tensor;

/*===------------------------------------------------------------------===*
 * Errors
 *===------------------------------------------------------------------===*/

/* The message of the most recent failed runtime call on the calling thread,
   or "" if none failed yet. Successful calls leave it unchanged. The string
   is owned by the runtime and stays valid until the next failing call on
   this thread; copy it to keep it. Never returns NULL. */
DLC_EXPORT const char *dlc_last_error(void);

/*===------------------------------------------------------------------===*
 * Element types
 *===------------------------------------------------------------------===*/

/* Short name of dtype ("f32", "i64", "bool", ...), or "invalid" for values
   that are not dlc_dtype members. Static string; do not free. */
DLC_EXPORT const char *dlc_dtype_name(dlc_dtype dtype);

/* Size of one element of dtype in bytes, or 0 if dtype is invalid. */
DLC_EXPORT size_t dlc_dtype_size(dlc_dtype dtype);

/* Inverse of dlc_dtype_name; DLC_DTYPE_INVALID for unknown names (name may
   be NULL). */
DLC_EXPORT dlc_dtype dlc_dtype_from_name(const char *name);

/*===------------------------------------------------------------------===*
 * Models
 *===------------------------------------------------------------------===*/

/* Loads the model.so at path (dlopen + dlsym("dlc_model_describe")) and
   validates its description (ABI version, names, dtypes, ranks, dims).
   Returns NULL on failure: missing file, not a shared object, no
   dlc_model_describe symbol, ABI version mismatch, malformed description.
   The caller owns the result and frees it with dlc_model_free. */
DLC_EXPORT dlc_model *dlc_model_load(const char *path);

/* Frees the model, its arena, and unloads the shared object. Every string
   and shape pointer obtained from the model's queries becomes invalid.
   Tensors are independent of the model and stay valid. NULL is a no-op. */
DLC_EXPORT void dlc_model_free(dlc_model *model);

/* The model name from its description (may be ""). Owned by the model. */
DLC_EXPORT const char *dlc_model_name(const dlc_model *model);

/* Number of inputs / outputs; -1 (with an error) if model is NULL. */
DLC_EXPORT int dlc_model_num_inputs(const dlc_model *model);
DLC_EXPORT int dlc_model_num_outputs(const dlc_model *model);

/* Index of the input / output called name, or -1 (with an error) if there
   is none. */
DLC_EXPORT int dlc_model_find_input(const dlc_model *model, const char *name);
DLC_EXPORT int dlc_model_find_output(const dlc_model *model, const char *name);

/* Signature of input / output index. Out-of-range indices fail: name and
   shape return NULL, dtype returns DLC_DTYPE_INVALID, rank returns -1.
   Returned strings and shape arrays are owned by the model and live until
   dlc_model_free. A rank-0 tensor's shape is a valid pointer to no
   elements. */
DLC_EXPORT const char *dlc_model_input_name(const dlc_model *model, int index);
DLC_EXPORT dlc_dtype dlc_model_input_dtype(const dlc_model *model, int index);
DLC_EXPORT int dlc_model_input_rank(const dlc_model *model, int index);
DLC_EXPORT const int64_t *dlc_model_input_shape(const dlc_model *model,
                                                int index);
DLC_EXPORT const char *dlc_model_output_name(const dlc_model *model, int index);
DLC_EXPORT dlc_dtype dlc_model_output_dtype(const dlc_model *model, int index);
DLC_EXPORT int dlc_model_output_rank(const dlc_model *model, int index);
DLC_EXPORT const int64_t *dlc_model_output_shape(const dlc_model *model,
                                                 int index);

/* Symbolic name of dimension dim of input / output index (the ONNX
   dim_param bound at compile time), or "" if the dim had none. NULL (with
   an error) for out-of-range indices. Owned by the model. */
DLC_EXPORT const char *dlc_model_input_dim_name(const dlc_model *model,
                                                int index, int dim);
DLC_EXPORT const char *dlc_model_output_dim_name(const dlc_model *model,
                                                 int index, int dim);

/* Where the model runs: "cpu", or "cuda" for a model compiled with
   dlc-compile --target=cuda (its runs need an NVIDIA GPU and driver). Static
   or owned by the model. NULL (with an error) for a NULL model. */
DLC_EXPORT const char *dlc_model_device_name(const dlc_model *model);

/* Scratch memory one run needs, in bytes. The runtime allocates it (aligned
   as the model requires) on the first run and reuses it; it is freed by
   dlc_model_free. Returns 0 for a NULL model. */
DLC_EXPORT uint64_t dlc_model_arena_bytes(const dlc_model *model);

/* Sets the number of threads runs of this model may use (>= 1). Models
   loaded from the same model.so share this setting. Returns non-zero if
   model is NULL, num_threads < 1, or the model cannot change it (only 1 is
   accepted then). */
DLC_EXPORT int dlc_set_num_threads(dlc_model *model, int num_threads);

/* The value last set with dlc_set_num_threads on this model, or 0 if it was
   never set (the model's default applies); -1 for a NULL model. */
DLC_EXPORT int dlc_get_num_threads(const dlc_model *model);

/*===------------------------------------------------------------------===*
 * Kernel profile (models compiled with dlc-compile --profile)
 *===------------------------------------------------------------------===*/

/* Number of kernels the model times: > 0 for a model compiled with
   dlc-compile --profile, 0 for any other; -1 (with an error) for a NULL
   model. */
DLC_EXPORT int dlc_model_num_profiled_kernels(const dlc_model *model);

/* Kernel index's name (the ONNX nodes it computes, as dlc-compile
   --explain names them; owned by the model), its wall time in nanoseconds
   summed over the runs since the model.so was loaded or the profile last
   reset, and the number of those runs. Any of name, total_ns, runs may be
   NULL. Returns non-zero (with an error) for a NULL model or an index out
   of range. Models loaded from one model.so share one profile. */
DLC_EXPORT int dlc_model_kernel_profile(const dlc_model *model, int index,
                                        const char **name, uint64_t *total_ns,
                                        uint64_t *runs);

/* Sets every kernel's time and count back to 0 (no-op for a model without
   a profile). Returns non-zero (with an error) for a NULL model. */
DLC_EXPORT int dlc_model_reset_profile(dlc_model *model);

/*===------------------------------------------------------------------===*
 * Tensors
 *===------------------------------------------------------------------===*/

/* Creates a tensor that owns a zero-filled, 64-byte aligned buffer for
   dtype and shape (rank entries, each >= 0; shape may be NULL when rank is
   0). The shape is copied. Returns NULL on invalid arguments or when out of
   memory. Free with dlc_tensor_free, which also frees the buffer. */
DLC_EXPORT dlc_tensor *dlc_tensor_create(dlc_dtype dtype, const int64_t *shape,
                                         int rank);

/* Creates a tensor viewing data, which the caller keeps owning: data must
   hold dlc_tensor_byte_size bytes and outlive the tensor; dlc_tensor_free
   frees the tensor but not data. data may be NULL only if the tensor has no
   elements. The shape is copied. */
DLC_EXPORT dlc_tensor *dlc_tensor_wrap(void *data, dlc_dtype dtype,
                                       const int64_t *shape, int rank);

/* Like dlc_tensor_wrap, but if owning is true the tensor takes ownership of
   data and dlc_tensor_free releases it with free(); data must then come
   from malloc/calloc/realloc/aligned_alloc. On failure (NULL result) the
   caller still owns data. */
DLC_EXPORT dlc_tensor *
dlc_tensor_create_with_ownership(void *data, const int64_t *shape, int64_t rank,
                                 dlc_dtype dtype, bool owning);

/* Creates an owning, zero-filled tensor with the dtype and shape of the
   model's input / output index. Free with dlc_tensor_free. */
DLC_EXPORT dlc_tensor *dlc_tensor_create_for_input(const dlc_model *model,
                                                   int index);
DLC_EXPORT dlc_tensor *dlc_tensor_create_for_output(const dlc_model *model,
                                                    int index);

/* Frees the tensor, and its buffer if the tensor owns it. NULL is a no-op. */
DLC_EXPORT void dlc_tensor_free(dlc_tensor *tensor);

/* The tensor's buffer (owned as described at creation), or NULL for a NULL
   tensor. */
DLC_EXPORT void *dlc_tensor_data(const dlc_tensor *tensor);

/* Accessors. shape is owned by the tensor (valid pointer even for rank 0).
   A NULL tensor gives DLC_DTYPE_INVALID / -1 / NULL / -1 / 0. */
DLC_EXPORT dlc_dtype dlc_tensor_dtype(const dlc_tensor *tensor);
DLC_EXPORT int dlc_tensor_rank(const dlc_tensor *tensor);
DLC_EXPORT const int64_t *dlc_tensor_shape(const dlc_tensor *tensor);
DLC_EXPORT int64_t dlc_tensor_num_elements(const dlc_tensor *tensor);
DLC_EXPORT size_t dlc_tensor_byte_size(const dlc_tensor *tensor);

/*===------------------------------------------------------------------===*
 * Running
 *===------------------------------------------------------------------===*/

/* Runs the model. inputs / outputs hold num_inputs / num_outputs tensors in
   the model's signature order; each must have exactly the described dtype
   and shape, and output buffers must not overlap any input or other output.
   The tensors stay owned by the caller; outputs are written in place.
   Returns 0 on success, non-zero on a validation error (e.g. "input 'x':
   expected shape [1, 3, 224, 224], got [1, 3, 224]"), arena allocation
   failure, or a non-zero status from the model. Not reentrant per model. */
DLC_EXPORT int dlc_model_run(dlc_model *model, dlc_tensor *const *inputs,
                             int num_inputs, dlc_tensor *const *outputs,
                             int num_outputs);

/* Like dlc_model_run, but creates the outputs: on success outputs[i]
   (num_outputs entries, which must equal the model's output count) is a new
   owning tensor the caller frees with dlc_tensor_free. On failure every
   outputs[i] is set to NULL and nothing needs freeing. */
DLC_EXPORT int dlc_model_run_alloc(dlc_model *model, dlc_tensor *const *inputs,
                                   int num_inputs, dlc_tensor **outputs,
                                   int num_outputs);

#ifdef __cplusplus
}
#endif

#endif /* DLC_RUNTIME_H */
