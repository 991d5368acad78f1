//===- Compare.cpp - Compare outputs with expected tensors ----------------===//
//
// See Compare.h for the matching rule.
//
//===----------------------------------------------------------------------===//

#include "Compare.h"
#include "TensorIO.h"

#include <cmath>
#include <cstring>
#include <limits>

using namespace dlc::run;

CompareResult dlc::run::compareTensors(const dlc_tensor *got,
                                       const dlc_tensor *expected, double rtol,
                                       double atol) {
  CompareResult r;
  dlc_dtype dtype = dlc_tensor_dtype(got);
  if (dtype != dlc_tensor_dtype(expected)) {
    r.structuralError = std::string("dtype ") + dlc_dtype_name(dtype) +
                        " differs from the expected " +
                        dlc_dtype_name(dlc_tensor_dtype(expected));
    return r;
  }
  int rank = dlc_tensor_rank(got);
  const int64_t *shape = dlc_tensor_shape(got);
  bool sameShape = rank == dlc_tensor_rank(expected);
  for (int d = 0; sameShape && d < rank; ++d)
    sameShape = shape[d] == dlc_tensor_shape(expected)[d];
  if (!sameShape) {
    r.structuralError =
        "shape " + formatShape(shape, rank) + " differs from the expected " +
        formatShape(dlc_tensor_shape(expected), dlc_tensor_rank(expected));
    return r;
  }

  const double inf = std::numeric_limits<double>::infinity();
  bool isFloat = isFloatDtype(dtype);
  size_t elemSize = dlc_dtype_size(dtype);
  const char *gotBytes = (const char *)dlc_tensor_data(got);
  const char *expBytes = (const char *)dlc_tensor_data(expected);
  double worstBadness = -1;
  r.numElements = dlc_tensor_num_elements(got);
  for (int64_t i = 0; i < r.numElements; ++i) {
    double a = elementAsDouble(got, i), b = elementAsDouble(expected, i);
    double absErr, relErr;
    bool match;
    if (isFloat) {
      if (std::isnan(a) || std::isnan(b)) {
        match = std::isnan(a) && std::isnan(b);
        absErr = relErr = match ? 0 : inf;
      } else if (a == b) { // Also equal infinities.
        match = true;
        absErr = relErr = 0;
      } else if (std::isinf(a) || std::isinf(b)) {
        match = false;
        absErr = relErr = inf;
      } else {
        absErr = std::fabs(a - b);
        relErr = b != 0 ? absErr / std::fabs(b) : inf;
        match = absErr <= atol + rtol * std::fabs(b);
      }
    } else {
      bool equal;
      if (dtype == DLC_DTYPE_BOOL)
        equal = (gotBytes[i] != 0) == (expBytes[i] != 0);
      else
        equal = std::memcmp(gotBytes + i * elemSize, expBytes + i * elemSize,
                            elemSize) == 0;
      match = equal;
      absErr = equal ? 0 : std::fabs(a - b);
      if (!equal && absErr == 0) // Beyond double precision.
        absErr = std::ldexp(std::fabs(a), -52);
      relErr = equal ? 0 : (b != 0 ? absErr / std::fabs(b) : inf);
    }
    if (!match)
      ++r.numMismatched;
    if (absErr > r.maxAbsError)
      r.maxAbsError = absErr;
    if (relErr > r.maxRelError)
      r.maxRelError = relErr;
    double tol = isFloat ? atol + rtol * std::fabs(b) : 0;
    double badness = absErr == 0                        ? 0
                     : std::isfinite(absErr) && tol > 0 ? absErr / tol
                                                        : inf;
    if (badness > worstBadness) {
      worstBadness = badness;
      r.worstIndex = i;
    }
  }
  return r;
}
