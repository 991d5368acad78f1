/*===- f16_model.c - Fake model.so with f16 and empty tensors ---*- C -*-===*
 *
 * Input x: f16 [3]; outputs y: f16 [3] (a copy of x, bit for bit) and
 * empty: u8 [2, 0] (no elements). No set_num_threads entry point.
 *
 *===----------------------------------------------------------------------===*/

#include "dlc/model_abi.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static const int64_t kVec[1] = {3};
static const int64_t kEmpty[2] = {2, 0};

static const dlc_tensor_desc kInputs[1] = {
    {"x", DLC_DTYPE_F16, 1, kVec, NULL},
};
static const dlc_tensor_desc kOutputs[2] = {
    {"y", DLC_DTYPE_F16, 1, kVec, NULL},
    {"empty", DLC_DTYPE_U8, 2, kEmpty, NULL},
};

static int32_t run(void *const *inputs, void *const *outputs, void *arena) {
  (void)arena;
  memcpy(outputs[0], inputs[0], 3 * sizeof(uint16_t));
  return 0;
}

static const dlc_model_desc kDesc = {
    DLC_MODEL_ABI_VERSION, "f16", 1, 2, kInputs, kOutputs, 0, 0, run, NULL};

const dlc_model_desc *dlc_model_describe(void) { return &kDesc; }
