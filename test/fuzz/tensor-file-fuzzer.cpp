//===- tensor-file-fuzzer.cpp - libFuzzer target for dlc-run's readers ----===//
//
// Feeds arbitrary bytes to the .npy reader and the ONNX TensorProto (.pb)
// reader that dlc-run uses for --input, --expect and --freeze-input files
// (tools/dlc-run/TensorIO.cpp). They must never crash, read out of bounds,
// over-allocate or leak, whatever the bytes: a bad file is an error message.
//
// When the bytes parse as .npy, the tensor must also encode back to .npy
// and parse again to the same dtype, shape and bytes.
//
// Run: build/bin/tensor-file-fuzzer NEW_CORPUS_DIR test/fuzz/corpus/tensor-file
// (scripts/fuzz-smoke.sh does this for a bounded time).
//
//===----------------------------------------------------------------------===//

#include "TensorIO.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace dlc::run;

namespace {

[[noreturn]] void fail(const char *what, const std::string &detail) {
  std::fprintf(stderr, "tensor-file-fuzzer: %s: %s\n", what, detail.c_str());
  std::abort();
}

void checkNpyRoundTrip(const dlc_tensor *t) {
  std::vector<uint8_t> bytes;
  std::string err;
  if (!encodeNpy(t, bytes, err))
    fail("a parsed .npy tensor does not encode", err);
  TensorPtr again = parseNpy(bytes.data(), bytes.size(), err);
  if (!again)
    fail("an encoded .npy tensor does not parse", err);
  if (dlc_tensor_dtype(again.get()) != dlc_tensor_dtype(t) ||
      dlc_tensor_rank(again.get()) != dlc_tensor_rank(t))
    fail("the .npy round trip changed the dtype or rank", "");
  for (int64_t d = 0; d < dlc_tensor_rank(t); ++d)
    if (dlc_tensor_shape(again.get())[d] != dlc_tensor_shape(t)[d])
      fail("the .npy round trip changed the shape", "");
  size_t n = dlc_tensor_byte_size(t);
  if (dlc_tensor_byte_size(again.get()) != n ||
      (n && std::memcmp(dlc_tensor_data(again.get()), dlc_tensor_data(t), n)))
    fail("the .npy round trip changed the data", "");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string err;
  if (TensorPtr t = parseNpy(data, size, err))
    checkNpyRoundTrip(t.get());
  std::string name;
  TensorPtr pb = parseTensorProto(data, size, &name, err);
  (void)pb;
  return 0;
}
