/*===- broken_model.c - Fake model.so files the runtime must reject -*- C
 *-*-===*
 *
 * Compiled once per BROKEN_KIND; each variant breaks one rule of
 * dlc/model_abi.h (or, for fail, returns a non-zero status from run):
 *   1 bad_abi      abi_version 99
 *   2 neg_rank     input rank -1
 *   3 neg_dim      input dim -3
 *   4 null_name    input name NULL
 *   5 null_run     run NULL
 *   6 null_desc    dlc_model_describe() returns NULL
 *   7 bad_dtype    input dtype 8 (ONNX string)
 *   8 dup_name     two inputs named x
 *   9 fail         well-formed, but run returns 7
 *  10 bad_profile  exports dlc_model_profile() with a NULL kernel name
 *
 *===----------------------------------------------------------------------===*/

#include "dlc/model_abi.h"

#include <stddef.h>
#include <stdint.h>

#ifndef BROKEN_KIND
#error "define BROKEN_KIND"
#endif

static const int64_t kShape[1] = {
#if BROKEN_KIND == 3
    -3
#else
    2
#endif
};

static const dlc_tensor_desc kInputs[2] = {
    {
#if BROKEN_KIND == 4
        NULL,
#else
        "x",
#endif
#if BROKEN_KIND == 7
        (dlc_dtype)8,
#else
        DLC_DTYPE_F32,
#endif
#if BROKEN_KIND == 2
        -1,
#else
        1,
#endif
        kShape, NULL},
    {
#if BROKEN_KIND == 8
        "x",
#else
        "w",
#endif
        DLC_DTYPE_F32, 1, kShape, NULL},
};
static const dlc_tensor_desc kOutputs[1] = {
    {"y", DLC_DTYPE_F32, 1, kShape, NULL},
};

static int32_t run(void *const *inputs, void *const *outputs, void *arena) {
  (void)inputs;
  (void)outputs;
  (void)arena;
  return BROKEN_KIND == 9 ? 7 : 0;
}

static const dlc_model_desc kDesc = {
#if BROKEN_KIND == 1
    99u,
#else
    DLC_MODEL_ABI_VERSION,
#endif
    "broken", 2, 1, kInputs, kOutputs, 0, 0, BROKEN_KIND == 5 ? NULL : run,
    NULL};

const dlc_model_desc *dlc_model_describe(void) {
  return BROKEN_KIND == 6 ? NULL : &kDesc;
}

#if BROKEN_KIND == 10
static const char *const kNames[2] = {"'a' (Add)", NULL};
static void read_profile(int32_t k, uint64_t *ns, uint64_t *runs) {
  (void)k;
  *ns = 0;
  *runs = 0;
}
static void reset_profile(void) {}
static const dlc_model_profile_desc kProfile = {2, kNames, read_profile,
                                                reset_profile};

const dlc_model_profile_desc *dlc_model_profile(void) { return &kProfile; }
#endif
