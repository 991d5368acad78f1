//===- RuntimeTest.cpp - Tests of the DLC runtime C API -------------------===//
//
// Drives dlc/runtime.h against the hand-written fake models of test/runtime
// (built into DLC_TEST_MODEL_DIR): loading and its errors, signature
// queries, tensors, run-time validation messages, the arena, and threads.
//
//===----------------------------------------------------------------------===//

#include "dlc/runtime.h"

#include "gtest/gtest.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

std::string modelPath(const char *name) {
  return std::string(DLC_TEST_MODEL_DIR) + "/" + name + ".so";
}

struct ModelDeleter {
  void operator()(dlc_model *m) const { dlc_model_free(m); }
};
using ModelPtr = std::unique_ptr<dlc_model, ModelDeleter>;
struct TensorDeleter {
  void operator()(dlc_tensor *t) const { dlc_tensor_free(t); }
};
using TensorPtr = std::unique_ptr<dlc_tensor, TensorDeleter>;

ModelPtr load(const char *name) {
  return ModelPtr(dlc_model_load(modelPath(name).c_str()));
}

/// Loads name, expects failure, returns the error message.
std::string loadError(const std::string &path) {
  dlc_model *m = dlc_model_load(path.c_str());
  EXPECT_EQ(m, nullptr) << path;
  dlc_model_free(m);
  return dlc_last_error();
}

::testing::AssertionResult contains(const std::string &haystack,
                                    const std::string &needle) {
  if (haystack.find(needle) != std::string::npos)
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "'" << haystack << "' does not contain '" << needle << "'";
}

//===----------------------------------------------------------------------===//
// dtypes
//===----------------------------------------------------------------------===//

TEST(RuntimeDtype, NamesAndSizes) {
  EXPECT_STREQ(dlc_dtype_name(DLC_DTYPE_F32), "f32");
  EXPECT_STREQ(dlc_dtype_name(DLC_DTYPE_I64), "i64");
  EXPECT_STREQ(dlc_dtype_name(DLC_DTYPE_BOOL), "bool");
  EXPECT_STREQ(dlc_dtype_name(DLC_DTYPE_BF16), "bf16");
  EXPECT_STREQ(dlc_dtype_name((dlc_dtype)8), "invalid");
  EXPECT_EQ(dlc_dtype_size(DLC_DTYPE_F32), 4u);
  EXPECT_EQ(dlc_dtype_size(DLC_DTYPE_F16), 2u);
  EXPECT_EQ(dlc_dtype_size(DLC_DTYPE_U64), 8u);
  EXPECT_EQ(dlc_dtype_size(DLC_DTYPE_BOOL), 1u);
  EXPECT_EQ(dlc_dtype_size(DLC_DTYPE_INVALID), 0u);
  EXPECT_EQ(dlc_dtype_size((dlc_dtype)14), 0u);
  const dlc_dtype all[] = {DLC_DTYPE_F32, DLC_DTYPE_U8,   DLC_DTYPE_I8,
                           DLC_DTYPE_U16, DLC_DTYPE_I16,  DLC_DTYPE_I32,
                           DLC_DTYPE_I64, DLC_DTYPE_BOOL, DLC_DTYPE_F16,
                           DLC_DTYPE_F64, DLC_DTYPE_U32,  DLC_DTYPE_U64,
                           DLC_DTYPE_BF16};
  for (dlc_dtype d : all)
    EXPECT_EQ(dlc_dtype_from_name(dlc_dtype_name(d)), d);
  EXPECT_EQ(dlc_dtype_from_name("float32"), DLC_DTYPE_INVALID);
  EXPECT_EQ(dlc_dtype_from_name(nullptr), DLC_DTYPE_INVALID);
}

//===----------------------------------------------------------------------===//
// Tensors
//===----------------------------------------------------------------------===//

TEST(RuntimeTensor, CreateIsZeroedAndAligned) {
  int64_t shape[] = {2, 3, 4};
  TensorPtr t(dlc_tensor_create(DLC_DTYPE_F32, shape, 3));
  ASSERT_TRUE(t) << dlc_last_error();
  EXPECT_EQ(dlc_tensor_dtype(t.get()), DLC_DTYPE_F32);
  EXPECT_EQ(dlc_tensor_rank(t.get()), 3);
  EXPECT_EQ(dlc_tensor_shape(t.get())[2], 4);
  EXPECT_NE(dlc_tensor_shape(t.get()), shape); // Copied.
  EXPECT_EQ(dlc_tensor_num_elements(t.get()), 24);
  EXPECT_EQ(dlc_tensor_byte_size(t.get()), 96u);
  EXPECT_EQ((uintptr_t)dlc_tensor_data(t.get()) % 64, 0u);
  const float *data = (const float *)dlc_tensor_data(t.get());
  for (int i = 0; i < 24; ++i)
    EXPECT_EQ(data[i], 0.0f);
}

TEST(RuntimeTensor, ScalarAndEmpty) {
  TensorPtr scalar(dlc_tensor_create(DLC_DTYPE_F64, nullptr, 0));
  ASSERT_TRUE(scalar) << dlc_last_error();
  EXPECT_EQ(dlc_tensor_rank(scalar.get()), 0);
  EXPECT_NE(dlc_tensor_shape(scalar.get()), nullptr);
  EXPECT_EQ(dlc_tensor_num_elements(scalar.get()), 1);
  EXPECT_EQ(dlc_tensor_byte_size(scalar.get()), 8u);

  int64_t shape[] = {3, 0};
  TensorPtr empty(dlc_tensor_create(DLC_DTYPE_U8, shape, 2));
  ASSERT_TRUE(empty) << dlc_last_error();
  EXPECT_EQ(dlc_tensor_num_elements(empty.get()), 0);
  EXPECT_EQ(dlc_tensor_byte_size(empty.get()), 0u);
  TensorPtr wrapped(dlc_tensor_wrap(nullptr, DLC_DTYPE_U8, shape, 2));
  EXPECT_TRUE(wrapped) << dlc_last_error();
}

TEST(RuntimeTensor, InvalidArguments) {
  int64_t bad[] = {2, -1};
  EXPECT_EQ(dlc_tensor_create(DLC_DTYPE_F32, bad, 2), nullptr);
  EXPECT_TRUE(contains(dlc_last_error(), "dim 1 is negative (-1)"));
  int64_t ok[] = {2};
  EXPECT_EQ(dlc_tensor_create((dlc_dtype)8, ok, 1), nullptr);
  EXPECT_TRUE(contains(dlc_last_error(), "invalid dtype 8"));
  EXPECT_EQ(dlc_tensor_create(DLC_DTYPE_F32, ok, -1), nullptr);
  EXPECT_TRUE(contains(dlc_last_error(), "invalid rank -1"));
  EXPECT_EQ(dlc_tensor_create(DLC_DTYPE_F32, nullptr, 2), nullptr);
  EXPECT_TRUE(contains(dlc_last_error(), "shape is NULL"));
  int64_t huge[] = {INT64_MAX / 2, 4};
  EXPECT_EQ(dlc_tensor_create(DLC_DTYPE_F32, huge, 2), nullptr);
  EXPECT_TRUE(contains(dlc_last_error(), "overflows"));
  EXPECT_EQ(dlc_tensor_wrap(nullptr, DLC_DTYPE_F32, ok, 1), nullptr);
  EXPECT_TRUE(contains(dlc_last_error(), "data is NULL"));
  // NULL tensors are tolerated by the accessors and free.
  EXPECT_EQ(dlc_tensor_rank(nullptr), -1);
  EXPECT_EQ(dlc_tensor_data(nullptr), nullptr);
  dlc_tensor_free(nullptr);
}

TEST(RuntimeTensor, WrapDoesNotOwn) {
  float data[6] = {1, 2, 3, 4, 5, 6};
  int64_t shape[] = {2, 3};
  dlc_tensor *t = dlc_tensor_wrap(data, DLC_DTYPE_F32, shape, 2);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(dlc_tensor_data(t), data);
  dlc_tensor_free(t); // Must not free `data` (a stack array).
  EXPECT_EQ(data[5], 6.0f);
}

TEST(RuntimeTensor, CreateWithOwnership) {
  int64_t shape[] = {4};
  void *data = std::malloc(16);
  dlc_tensor *t =
      dlc_tensor_create_with_ownership(data, shape, 1, DLC_DTYPE_I32, true);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(dlc_tensor_data(t), data);
  dlc_tensor_free(t); // Frees data (checked by ASan/valgrind runs).
}

//===----------------------------------------------------------------------===//
// Loading
//===----------------------------------------------------------------------===//

TEST(RuntimeLoad, SignatureQueries) {
  ModelPtr m = load("add");
  ASSERT_TRUE(m) << dlc_last_error();
  EXPECT_STREQ(dlc_model_name(m.get()), "add");
  EXPECT_EQ(dlc_model_num_inputs(m.get()), 2);
  EXPECT_EQ(dlc_model_num_outputs(m.get()), 1);
  EXPECT_STREQ(dlc_model_input_name(m.get(), 0), "a");
  EXPECT_STREQ(dlc_model_input_name(m.get(), 1), "b");
  EXPECT_STREQ(dlc_model_output_name(m.get(), 0), "sum");
  EXPECT_EQ(dlc_model_input_dtype(m.get(), 0), DLC_DTYPE_F32);
  EXPECT_EQ(dlc_model_input_rank(m.get(), 0), 2);
  EXPECT_EQ(dlc_model_input_shape(m.get(), 0)[0], 2);
  EXPECT_EQ(dlc_model_input_shape(m.get(), 0)[1], 3);
  EXPECT_STREQ(dlc_model_input_dim_name(m.get(), 0, 0), "batch");
  EXPECT_STREQ(dlc_model_input_dim_name(m.get(), 0, 1), "");
  EXPECT_STREQ(dlc_model_input_dim_name(m.get(), 1, 0), ""); // dim_names NULL
  EXPECT_EQ(dlc_model_input_dim_name(m.get(), 0, 2), nullptr);
  EXPECT_TRUE(contains(dlc_last_error(), "dim 2 is out of range"));
  EXPECT_EQ(dlc_model_arena_bytes(m.get()), 256u);
  EXPECT_EQ(dlc_model_find_input(m.get(), "b"), 1);
  EXPECT_EQ(dlc_model_find_output(m.get(), "sum"), 0);
  EXPECT_EQ(dlc_model_find_input(m.get(), "sum"), -1);
  EXPECT_TRUE(contains(dlc_last_error(), "no input named 'sum'"));
  EXPECT_EQ(dlc_model_input_name(m.get(), 2), nullptr);
  EXPECT_TRUE(contains(dlc_last_error(), "input index 2 is out of range"));
  EXPECT_EQ(dlc_model_output_dtype(m.get(), -1), DLC_DTYPE_INVALID);
  EXPECT_EQ(dlc_model_output_rank(m.get(), 1), -1);
}

TEST(RuntimeLoad, ScalarSignature) {
  ModelPtr m = load("ints");
  ASSERT_TRUE(m) << dlc_last_error();
  EXPECT_EQ(dlc_model_input_rank(m.get(), 1), 0);
  EXPECT_NE(dlc_model_input_shape(m.get(), 1), nullptr);
  EXPECT_EQ(dlc_model_output_dtype(m.get(), 0), DLC_DTYPE_BOOL);
  EXPECT_STREQ(dlc_model_output_name(m.get(), 0), "out/mask:0");
  EXPECT_EQ(dlc_model_arena_bytes(m.get()), 0u);
}

TEST(RuntimeLoad, Errors) {
  EXPECT_TRUE(contains(loadError(modelPath("does-not-exist")),
                       "does-not-exist.so': No such file or directory"));
  EXPECT_TRUE(contains(loadError(DLC_TEST_MODEL_DIR), "is a directory"));

  std::string text = ::testing::TempDir() + "/dlc-runtime-test-" +
                     std::to_string(getpid()) + ".so";
  FILE *f = std::fopen(text.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fputs("this is not an ELF file, just some text\n", f);
  std::fclose(f);
  std::string err = loadError(text);
  std::remove(text.c_str());
  EXPECT_TRUE(contains(err, "not a loadable shared library"));

  EXPECT_TRUE(contains(loadError(modelPath("nosym")),
                       "does not export dlc_model_describe"));
  EXPECT_TRUE(contains(loadError(modelPath("bad_abi")),
                       "has ABI version 99, but this runtime supports "
                       "version 1"));
  EXPECT_TRUE(contains(loadError(modelPath("neg_rank")),
                       "malformed description: input 'x' has negative rank "
                       "-1"));
  EXPECT_TRUE(contains(loadError(modelPath("neg_dim")),
                       "malformed description: input 'x' dim 0 is negative "
                       "(-3)"));
  EXPECT_TRUE(contains(loadError(modelPath("null_name")),
                       "malformed description: input 0 has a NULL name"));
  EXPECT_TRUE(contains(loadError(modelPath("null_run")),
                       "malformed description: run is NULL"));
  EXPECT_TRUE(contains(loadError(modelPath("null_desc")),
                       "dlc_model_describe() returned NULL"));
  EXPECT_TRUE(contains(loadError(modelPath("bad_dtype")),
                       "input 'x' has invalid dtype 8"));
  EXPECT_TRUE(contains(loadError(modelPath("dup_name")),
                       "inputs 0 and 1 are both named 'x'"));
  EXPECT_TRUE(contains(loadError(modelPath("bad_profile")),
                       "has a malformed profile description"));
  EXPECT_EQ(dlc_model_load(nullptr), nullptr);
  EXPECT_TRUE(contains(dlc_last_error(), "path is NULL"));
}

TEST(RuntimeLoad, ErrorsAreThreadLocal) {
  EXPECT_EQ(dlc_model_load(modelPath("nosym").c_str()), nullptr);
  std::string other;
  std::thread([&] {
    EXPECT_EQ(dlc_model_load(modelPath("bad_abi").c_str()), nullptr);
    other = dlc_last_error();
  }).join();
  EXPECT_TRUE(contains(other, "ABI version 99"));
  EXPECT_TRUE(contains(dlc_last_error(), "does not export"));
}

//===----------------------------------------------------------------------===//
// Running
//===----------------------------------------------------------------------===//

class RuntimeRunTest : public ::testing::Test {
protected:
  void SetUp() override {
    model = load("add");
    ASSERT_TRUE(model) << dlc_last_error();
    a.reset(dlc_tensor_create_for_input(model.get(), 0));
    b.reset(dlc_tensor_create_for_input(model.get(), 1));
    sum.reset(dlc_tensor_create_for_output(model.get(), 0));
    ASSERT_TRUE(a && b && sum);
    for (int i = 0; i < 6; ++i) {
      ((float *)dlc_tensor_data(a.get()))[i] = (float)i;
      ((float *)dlc_tensor_data(b.get()))[i] = 10.0f * (float)i;
    }
  }

  int run() {
    dlc_tensor *ins[] = {a.get(), b.get()};
    dlc_tensor *outs[] = {sum.get()};
    return dlc_model_run(model.get(), ins, 2, outs, 1);
  }

  ModelPtr model;
  TensorPtr a, b, sum;
};

TEST_F(RuntimeRunTest, Computes) {
  ASSERT_EQ(run(), 0) << dlc_last_error();
  const float *out = (const float *)dlc_tensor_data(sum.get());
  for (int i = 0; i < 6; ++i)
    EXPECT_EQ(out[i], 11.0f * (float)i);
  // The arena is reused: a second run works the same.
  ((float *)dlc_tensor_data(a.get()))[0] = 5;
  ASSERT_EQ(run(), 0) << dlc_last_error();
  EXPECT_EQ(out[0], 5.0f);
}

TEST_F(RuntimeRunTest, WrappedUserBuffers) {
  float x[6] = {1, 1, 1, 1, 1, 1}, y[6] = {1, 2, 3, 4, 5, 6}, z[6] = {};
  int64_t shape[] = {2, 3};
  TensorPtr tx(dlc_tensor_wrap(x, DLC_DTYPE_F32, shape, 2));
  TensorPtr ty(dlc_tensor_wrap(y, DLC_DTYPE_F32, shape, 2));
  TensorPtr tz(dlc_tensor_wrap(z, DLC_DTYPE_F32, shape, 2));
  dlc_tensor *ins[] = {tx.get(), ty.get()};
  dlc_tensor *outs[] = {tz.get()};
  ASSERT_EQ(dlc_model_run(model.get(), ins, 2, outs, 1), 0) << dlc_last_error();
  EXPECT_EQ(z[5], 7.0f);
}

TEST_F(RuntimeRunTest, RunAlloc) {
  dlc_tensor *ins[] = {a.get(), b.get()};
  dlc_tensor *out = nullptr;
  ASSERT_EQ(dlc_model_run_alloc(model.get(), ins, 2, &out, 1), 0)
      << dlc_last_error();
  TensorPtr owned(out);
  EXPECT_EQ(((const float *)dlc_tensor_data(out))[2], 22.0f);

  // On failure the outputs are NULL.
  dlc_tensor *bad = (dlc_tensor *)0x1;
  EXPECT_NE(dlc_model_run_alloc(model.get(), ins, 1, &bad, 1), 0);
  EXPECT_EQ(bad, nullptr);
  EXPECT_STREQ(dlc_last_error(), "expected 2 inputs, got 1");
  dlc_tensor *two[2];
  EXPECT_NE(dlc_model_run_alloc(model.get(), ins, 2, two, 2), 0);
  EXPECT_STREQ(dlc_last_error(), "expected 1 output, got 2");
}

TEST_F(RuntimeRunTest, CountErrors) {
  dlc_tensor *ins[] = {a.get(), b.get()};
  dlc_tensor *outs[] = {sum.get()};
  EXPECT_NE(dlc_model_run(model.get(), ins, 1, outs, 1), 0);
  EXPECT_STREQ(dlc_last_error(), "expected 2 inputs, got 1");
  EXPECT_NE(dlc_model_run(model.get(), ins, 2, outs, 0), 0);
  EXPECT_STREQ(dlc_last_error(), "expected 1 output, got 0");
  EXPECT_NE(dlc_model_run(model.get(), nullptr, 2, outs, 1), 0);
  EXPECT_STREQ(dlc_last_error(), "input array is NULL");
  dlc_tensor *withNull[] = {a.get(), nullptr};
  EXPECT_NE(dlc_model_run(model.get(), withNull, 2, outs, 1), 0);
  EXPECT_STREQ(dlc_last_error(), "input 'b': tensor is NULL");
  EXPECT_NE(dlc_model_run(nullptr, ins, 2, outs, 1), 0);
  EXPECT_STREQ(dlc_last_error(), "dlc_model_run: model is NULL");
}

TEST_F(RuntimeRunTest, DtypeAndShapeErrors) {
  int64_t shape[] = {2, 3};
  TensorPtr ints(dlc_tensor_create(DLC_DTYPE_I64, shape, 2));
  dlc_tensor *outs[] = {sum.get()};
  dlc_tensor *badDtype[] = {ints.get(), b.get()};
  EXPECT_NE(dlc_model_run(model.get(), badDtype, 2, outs, 1), 0);
  EXPECT_STREQ(dlc_last_error(), "input 'a': expected dtype f32, got i64");

  int64_t shorter[] = {2};
  TensorPtr vec(dlc_tensor_create(DLC_DTYPE_F32, shorter, 1));
  dlc_tensor *badRank[] = {a.get(), vec.get()};
  EXPECT_NE(dlc_model_run(model.get(), badRank, 2, outs, 1), 0);
  EXPECT_STREQ(dlc_last_error(), "input 'b': expected shape [2, 3], got [2]");

  int64_t transposed[] = {3, 2};
  TensorPtr t32(dlc_tensor_create(DLC_DTYPE_F32, transposed, 2));
  dlc_tensor *ins[] = {a.get(), b.get()};
  dlc_tensor *badOut[] = {t32.get()};
  EXPECT_NE(dlc_model_run(model.get(), ins, 2, badOut, 1), 0);
  EXPECT_STREQ(dlc_last_error(),
               "output 'sum': expected shape [2, 3], got [3, 2]");
}

TEST_F(RuntimeRunTest, AliasingIsRejected) {
  dlc_tensor *ins[] = {a.get(), b.get()};
  dlc_tensor *outs[] = {b.get()};
  EXPECT_NE(dlc_model_run(model.get(), ins, 2, outs, 1), 0);
  EXPECT_STREQ(dlc_last_error(), "output 'sum' overlaps input 'b' in memory");
}

TEST_F(RuntimeRunTest, Threads) {
  EXPECT_EQ(dlc_get_num_threads(model.get()), 0);
  EXPECT_EQ(dlc_set_num_threads(model.get(), 4), 0);
  EXPECT_EQ(dlc_get_num_threads(model.get()), 4);
  EXPECT_NE(dlc_set_num_threads(model.get(), 0), 0);
  EXPECT_STREQ(dlc_last_error(), "number of threads must be at least 1, got 0");
  EXPECT_EQ(dlc_get_num_threads(model.get()), 4);
  EXPECT_EQ(run(), 0) << dlc_last_error();
}

TEST(RuntimeRun, ThreadsReachTheModel) {
  ModelPtr m = load("ints");
  ASSERT_TRUE(m) << dlc_last_error();
  TensorPtr ids(dlc_tensor_create_for_input(m.get(), 0));
  TensorPtr scale(dlc_tensor_create_for_input(m.get(), 1));
  int64_t *idv = (int64_t *)dlc_tensor_data(ids.get());
  idv[0] = -2;
  idv[1] = 0;
  idv[2] = 3;
  idv[3] = 7;
  *(double *)dlc_tensor_data(scale.get()) = 0.5;
  ASSERT_EQ(dlc_set_num_threads(m.get(), 3), 0);
  dlc_tensor *ins[] = {ids.get(), scale.get()};
  dlc_tensor *outs[3];
  ASSERT_EQ(dlc_model_run_alloc(m.get(), ins, 2, outs, 3), 0)
      << dlc_last_error();
  TensorPtr mask(outs[0]), scaled(outs[1]), threads(outs[2]);
  const uint8_t *mv = (const uint8_t *)dlc_tensor_data(mask.get());
  EXPECT_EQ(mv[0], 0);
  EXPECT_EQ(mv[1], 0);
  EXPECT_EQ(mv[2], 1);
  EXPECT_EQ(mv[3], 1);
  EXPECT_EQ(((const double *)dlc_tensor_data(scaled.get()))[3], 3.5);
  EXPECT_EQ(*(const int32_t *)dlc_tensor_data(threads.get()), 3);
}

TEST(RuntimeRun, ModelWithoutThreadEntryPoint) {
  ModelPtr m = load("f16");
  ASSERT_TRUE(m) << dlc_last_error();
  EXPECT_EQ(dlc_set_num_threads(m.get(), 1), 0);
  EXPECT_NE(dlc_set_num_threads(m.get(), 2), 0);
  EXPECT_TRUE(contains(dlc_last_error(),
                       "does not support setting the number of threads"));
  // Empty outputs are fine.
  TensorPtr x(dlc_tensor_create_for_input(m.get(), 0));
  dlc_tensor *ins[] = {x.get()};
  dlc_tensor *outs[2];
  ASSERT_EQ(dlc_model_run_alloc(m.get(), ins, 1, outs, 2), 0)
      << dlc_last_error();
  EXPECT_EQ(dlc_tensor_num_elements(outs[1]), 0);
  dlc_tensor_free(outs[0]);
  dlc_tensor_free(outs[1]);
}

TEST(RuntimeRun, ModelStatusIsReported) {
  ModelPtr m = load("fail");
  ASSERT_TRUE(m) << dlc_last_error();
  int64_t shape[] = {2};
  TensorPtr x(dlc_tensor_create(DLC_DTYPE_F32, shape, 1));
  TensorPtr w(dlc_tensor_create(DLC_DTYPE_F32, shape, 1));
  TensorPtr y(dlc_tensor_create(DLC_DTYPE_F32, shape, 1));
  dlc_tensor *ins[] = {x.get(), w.get()};
  dlc_tensor *outs[] = {y.get()};
  EXPECT_NE(dlc_model_run(m.get(), ins, 2, outs, 1), 0);
  EXPECT_TRUE(contains(dlc_last_error(), "run failed with status 7"));
}

TEST(RuntimeRun, TwoLoadsOfOneModel) {
  ModelPtr m1 = load("add"), m2 = load("add");
  ASSERT_TRUE(m1 && m2);
  m1.reset(); // Unloading one must leave the other usable.
  TensorPtr a(dlc_tensor_create_for_input(m2.get(), 0));
  TensorPtr b(dlc_tensor_create_for_input(m2.get(), 1));
  dlc_tensor *ins[] = {a.get(), b.get()};
  dlc_tensor *out = nullptr;
  EXPECT_EQ(dlc_model_run_alloc(m2.get(), ins, 2, &out, 1), 0)
      << dlc_last_error();
  dlc_tensor_free(out);
}

} // namespace

namespace {

TEST(RuntimeDevice, CpuModelsAndNull) {
  ModelPtr m = load("add");
  ASSERT_TRUE(m) << dlc_last_error();
  EXPECT_STREQ(dlc_model_device_name(m.get()), "cpu");
  EXPECT_EQ(dlc_model_device_name(nullptr), nullptr);
  EXPECT_NE(std::string(dlc_last_error()).find("dlc_model_device_name"),
            std::string::npos);
}

TEST(RuntimeProfile, ModelsWithoutProfile) {
  ModelPtr m = load("add");
  ASSERT_TRUE(m) << dlc_last_error();
  EXPECT_EQ(dlc_model_num_profiled_kernels(m.get()), 0);
  const char *name = "unchanged";
  uint64_t ns = 7, runs = 7;
  EXPECT_NE(dlc_model_kernel_profile(m.get(), 0, &name, &ns, &runs), 0);
  EXPECT_TRUE(contains(dlc_last_error(), "was not compiled with --profile"));
  EXPECT_STREQ(name, "unchanged");
  EXPECT_EQ(ns, 7u);
  EXPECT_EQ(dlc_model_reset_profile(m.get()), 0);

  EXPECT_EQ(dlc_model_num_profiled_kernels(nullptr), -1);
  EXPECT_TRUE(contains(dlc_last_error(), "dlc_model_num_profiled_kernels"));
  EXPECT_NE(dlc_model_kernel_profile(nullptr, 0, nullptr, nullptr, nullptr), 0);
  EXPECT_NE(dlc_model_reset_profile(nullptr), 0);
}

} // namespace
