//===- Compare.h - Compare outputs with expected tensors --------*- C++ -*-===//
//
// dlc-run --expect: element-wise comparison of an output with a reference
// tensor. Floating-point elements match when |a - b| <= atol + rtol * |b|
// (b is the expected value); NaN matches NaN only, and an infinity matches
// only the same infinity. Integer and bool elements must be equal.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_TOOLS_DLCRUN_COMPARE_H
#define DLC_TOOLS_DLCRUN_COMPARE_H

#include "dlc/runtime.h"

#include <cstdint>
#include <string>

namespace dlc {
namespace run {

struct CompareResult {
  /// Empty when dtypes and shapes agree; otherwise why they do not (then no
  /// element was compared).
  std::string structuralError;
  int64_t numElements = 0;
  int64_t numMismatched = 0;
  /// Largest |a - b| and |a - b| / |b| over elements that are not NaN in
  /// both tensors; a NaN on one side only counts as an infinite error.
  double maxAbsError = 0;
  double maxRelError = 0;
  /// The flat index of the element furthest outside the tolerance (the
  /// largest |a - b| / (atol + rtol * |b|)), or -1 for empty tensors.
  int64_t worstIndex = -1;

  bool ok() const { return structuralError.empty() && numMismatched == 0; }
};

CompareResult compareTensors(const dlc_tensor *got, const dlc_tensor *expected,
                             double rtol, double atol);

} // namespace run
} // namespace dlc

#endif // DLC_TOOLS_DLCRUN_COMPARE_H
