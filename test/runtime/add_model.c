/*===- add_model.c - Fake model.so: sum = a + b ----------------*- C -*-===*
 *
 * A hand-written stand-in for a compiled model, used by the runtime unit
 * tests and the dlc-run lit tests. Inputs a, b: f32 [2, 3] (dim 0 of a is
 * named "batch"); output sum: f32 [2, 3]. It computes through its arena and
 * fails (status 2) if the runtime passes a missing or misaligned arena.
 *
 *===----------------------------------------------------------------------===*/

#include "dlc/model_abi.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static const int64_t kShape[2] = {2, 3};
static const char *const kDimNamesA[2] = {"batch", NULL};

static const dlc_tensor_desc kInputs[2] = {
    {"a", DLC_DTYPE_F32, 2, kShape, kDimNamesA},
    {"b", DLC_DTYPE_F32, 2, kShape, NULL},
};
static const dlc_tensor_desc kOutputs[1] = {
    {"sum", DLC_DTYPE_F32, 2, kShape, NULL},
};

#define ARENA_BYTES 256u
#define ARENA_ALIGNMENT 128u

static int32_t num_threads = 1;

static int32_t run(void *const *inputs, void *const *outputs, void *arena) {
  if (!arena || ((uintptr_t)arena % ARENA_ALIGNMENT) != 0)
    return 2;
  const float *a = (const float *)inputs[0];
  const float *b = (const float *)inputs[1];
  float *tmp = (float *)arena;
  for (int i = 0; i < 6; ++i)
    tmp[i] = a[i] + b[i];
  memcpy(outputs[0], tmp, 6 * sizeof(float));
  return 0;
}

static void set_num_threads(int32_t n) { num_threads = n; }

static const dlc_model_desc kDesc = {DLC_MODEL_ABI_VERSION,
                                     "add",
                                     2,
                                     1,
                                     kInputs,
                                     kOutputs,
                                     ARENA_BYTES,
                                     ARENA_ALIGNMENT,
                                     run,
                                     set_num_threads};

const dlc_model_desc *dlc_model_describe(void) { return &kDesc; }
