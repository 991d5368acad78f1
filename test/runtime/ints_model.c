/*===- ints_model.c - Fake model.so with integer and bool tensors -*- C -*-===*
 *
 * Inputs ids: i64 [4] and scale: f64 [] (a scalar). Outputs
 * "out/mask:0": bool [4] (ids > 0), scaled: f64 [4] (ids * scale), and
 * threads: i32 [] (the value last passed to set_num_threads, 1 by default).
 * No arena. The output name needs sanitizing before it becomes a file name.
 *
 *===----------------------------------------------------------------------===*/

#include "dlc/model_abi.h"

#include <stddef.h>
#include <stdint.h>

static const int64_t kVec[1] = {4};

static const dlc_tensor_desc kInputs[2] = {
    {"ids", DLC_DTYPE_I64, 1, kVec, NULL},
    {"scale", DLC_DTYPE_F64, 0, NULL, NULL},
};
static const dlc_tensor_desc kOutputs[3] = {
    {"out/mask:0", DLC_DTYPE_BOOL, 1, kVec, NULL},
    {"scaled", DLC_DTYPE_F64, 1, kVec, NULL},
    {"threads", DLC_DTYPE_I32, 0, NULL, NULL},
};

static int32_t num_threads = 1;

static int32_t run(void *const *inputs, void *const *outputs, void *arena) {
  (void)arena;
  const int64_t *ids = (const int64_t *)inputs[0];
  double scale = *(const double *)inputs[1];
  uint8_t *mask = (uint8_t *)outputs[0];
  double *scaled = (double *)outputs[1];
  for (int i = 0; i < 4; ++i) {
    mask[i] = ids[i] > 0;
    scaled[i] = (double)ids[i] * scale;
  }
  *(int32_t *)outputs[2] = num_threads;
  return 0;
}

static void set_num_threads(int32_t n) { num_threads = n; }

static const dlc_model_desc kDesc = {
    DLC_MODEL_ABI_VERSION, "ints", 2, 3, kInputs, kOutputs, 0, 0, run,
    set_num_threads};

const dlc_model_desc *dlc_model_describe(void) { return &kDesc; }
