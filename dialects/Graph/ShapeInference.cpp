//===- ShapeInference.cpp - ONNX shape rules on plain dim lists -----------===//
//
// See ShapeInference.h. Every rule here follows the ONNX operator spec; the
// unit tests in test/unit/ShapeInferenceTest.cpp pin them to hand-computed
// shapes.
//
//===----------------------------------------------------------------------===//

#include "dialects/Graph/ShapeInference.h"

#include "mlir/IR/BuiltinTypeInterfaces.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace dlc;
using namespace dlc::graph;

static constexpr int64_t kDyn = ShapedType::kDynamic;
/// Largest stride, dilation, pad or kernel size accepted (2^30).
static constexpr int64_t kMaxWindowParam = int64_t(1) << 30;

std::string graph::formatShape(ArrayRef<int64_t> shape) {
  if (shape.empty())
    return "scalar";
  std::string s;
  llvm::raw_string_ostream os(s);
  llvm::interleave(
      shape, os,
      [&](int64_t d) {
        if (d == kDyn)
          os << '?';
        else
          os << d;
      },
      "x");
  return s;
}

std::string graph::formatList(ArrayRef<int64_t> list) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << '[';
  llvm::interleaveComma(list, os);
  os << ']';
  return s;
}

ShapeResult graph::broadcastShapes(ArrayRef<ArrayRef<int64_t>> shapes) {
  size_t rank = 0;
  for (ArrayRef<int64_t> s : shapes)
    rank = std::max(rank, s.size());
  ShapeResult result;
  result.shape.assign(rank, 1);
  // Walk right-aligned positions; `known` is the first static non-1 size seen.
  for (size_t i = 0; i < rank; ++i) {
    int64_t known = 1;
    bool anyDynamic = false;
    for (ArrayRef<int64_t> s : shapes) {
      if (i >= s.size())
        continue;
      int64_t d = s[s.size() - 1 - i];
      if (d == kDyn) {
        anyDynamic = true;
        continue;
      }
      if (d == 1)
        continue;
      if (known != 1 && d != known) {
        std::string msg;
        llvm::raw_string_ostream os(msg);
        os << "shapes ";
        llvm::interleave(
            shapes, os, [&](ArrayRef<int64_t> s) { os << formatShape(s); },
            ", ");
        os << " are not broadcast-compatible: dim " << (rank - 1 - i)
           << " (counted in the broadcast result) has sizes " << known
           << " and " << d;
        return ShapeResult::failure(msg);
      }
      known = d;
    }
    // A dynamic dim broadcast against 1s stays dynamic; against a static
    // size N it must be N (or 1) at run time, so the result is N.
    result.shape[rank - 1 - i] = (known == 1 && anyDynamic) ? kDyn : known;
  }
  return result;
}

ShapeResult graph::broadcastShapes(ArrayRef<int64_t> a, ArrayRef<int64_t> b) {
  ArrayRef<int64_t> both[] = {a, b};
  return broadcastShapes(both);
}

bool graph::isUnidirectionalBroadcastable(ArrayRef<int64_t> from,
                                          ArrayRef<int64_t> to) {
  if (from.size() > to.size())
    return false;
  for (size_t i = 0; i < from.size(); ++i) {
    int64_t f = from[from.size() - 1 - i];
    int64_t t = to[to.size() - 1 - i];
    if (f == 1 || f == kDyn || t == kDyn || f == t)
      continue;
    return false;
  }
  return true;
}

ShapeResult graph::inferMatMulShape(ArrayRef<int64_t> lhs,
                                    ArrayRef<int64_t> rhs) {
  if (lhs.empty() || rhs.empty())
    return ShapeResult::failure("matmul operands must have rank >= 1, got " +
                                formatShape(lhs) + " and " + formatShape(rhs));
  SmallVector<int64_t> a(lhs), b(rhs);
  bool lhsVector = a.size() == 1, rhsVector = b.size() == 1;
  if (lhsVector)
    a.insert(a.begin(), 1);
  if (rhsVector)
    b.push_back(1);
  int64_t k1 = a[a.size() - 1], k2 = b[b.size() - 2];
  if (k1 != kDyn && k2 != kDyn && k1 != k2)
    return ShapeResult::failure(
        "contraction dims differ: lhs " + formatShape(lhs) + " has K = " +
        std::to_string(k1) + " but rhs " + formatShape(rhs) + " has K = " +
        std::to_string(k2));
  ShapeResult batch = broadcastShapes(ArrayRef<int64_t>(a).drop_back(2),
                                      ArrayRef<int64_t>(b).drop_back(2));
  if (!batch.ok())
    return ShapeResult::failure("batch dims: " + batch.error);
  ShapeResult result = batch;
  if (!lhsVector)
    result.shape.push_back(a[a.size() - 2]);
  if (!rhsVector)
    result.shape.push_back(b[b.size() - 1]);
  return result;
}

std::optional<AutoPad> graph::parseAutoPad(StringRef s) {
  return llvm::StringSwitch<std::optional<AutoPad>>(s)
      .Case("NOTSET", AutoPad::NotSet)
      .Case("SAME_UPPER", AutoPad::SameUpper)
      .Case("SAME_LOWER", AutoPad::SameLower)
      .Case("VALID", AutoPad::Valid)
      .Default(std::nullopt);
}

static int64_t ceilDiv(int64_t a, int64_t b) {
  return a >= 0 ? (a + b - 1) / b : -((-a) / b);
}
static int64_t floorDiv(int64_t a, int64_t b) {
  return a >= 0 ? a / b : -((-a + b - 1) / b);
}

int64_t graph::windowOutputDim(int64_t in, int64_t kernel, int64_t stride,
                               int64_t dilation, int64_t padBegin,
                               int64_t padEnd, AutoPad autoPad,
                               bool ceilMode) {
  if (in == kDyn || kernel == kDyn)
    return kDyn;
  int64_t effectiveKernel = dilation * (kernel - 1) + 1;
  switch (autoPad) {
  case AutoPad::SameUpper:
  case AutoPad::SameLower:
    return ceilDiv(in, stride);
  case AutoPad::Valid:
    return ceilDiv(in - effectiveKernel + 1, stride);
  case AutoPad::NotSet:
    break;
  }
  int64_t span = in + padBegin + padEnd - effectiveKernel;
  if (!ceilMode)
    return floorDiv(span, stride) + 1;
  int64_t out = ceilDiv(span, stride) + 1;
  // The last window must start inside the input or the begin padding.
  if ((out - 1) * stride >= in + padBegin)
    --out;
  return out;
}

std::pair<int64_t, int64_t> graph::samePadding(int64_t in, int64_t kernel,
                                               int64_t stride, int64_t dilation,
                                               AutoPad autoPad) {
  int64_t effectiveKernel = dilation * (kernel - 1) + 1;
  int64_t out = ceilDiv(in, stride);
  int64_t total = std::max<int64_t>(0, (out - 1) * stride + effectiveKernel - in);
  int64_t small = total / 2, large = total - small;
  return autoPad == AutoPad::SameLower ? std::make_pair(large, small)
                                       : std::make_pair(small, large);
}

/// Checks the list attributes of a window op for `n` spatial dims and fills
/// in their defaults. Returns an error message or "".
static std::string checkWindowAttrs(const WindowAttrs &attrs, size_t n,
                                    SmallVectorImpl<int64_t> &strides,
                                    SmallVectorImpl<int64_t> &dilations,
                                    SmallVectorImpl<int64_t> &pads) {
  auto checkLen = [&](ArrayRef<int64_t> list, size_t want,
                      StringRef name) -> std::string {
    if (!list.empty() && list.size() != want)
      return (name + " has " + std::to_string(list.size()) +
              " entries but the input has " + std::to_string(n) +
              " spatial dims (expected " + std::to_string(want) + ")")
          .str();
    return "";
  };
  for (auto [list, want, name] :
       {std::make_tuple(ArrayRef<int64_t>(attrs.kernelShape), n, "kernel_shape"),
        std::make_tuple(ArrayRef<int64_t>(attrs.strides), n, "strides"),
        std::make_tuple(ArrayRef<int64_t>(attrs.dilations), n, "dilations"),
        std::make_tuple(ArrayRef<int64_t>(attrs.pads), 2 * n, "pads")}) {
    std::string e = checkLen(list, want, name);
    if (!e.empty())
      return e;
  }
  strides.assign(attrs.strides.begin(), attrs.strides.end());
  if (strides.empty())
    strides.assign(n, 1);
  dilations.assign(attrs.dilations.begin(), attrs.dilations.end());
  if (dilations.empty())
    dilations.assign(n, 1);
  pads.assign(attrs.pads.begin(), attrs.pads.end());
  if (pads.empty())
    pads.assign(2 * n, 0);
  for (int64_t s : strides)
    if (s < 1)
      return "strides must be >= 1, got " + formatList(strides);
  for (int64_t d : dilations)
    if (d < 1)
      return "dilations must be >= 1, got " + formatList(dilations);
  for (int64_t p : pads)
    if (p < 0)
      return "pads must be >= 0, got " + formatList(pads);
  for (int64_t k : attrs.kernelShape)
    if (k < 1)
      return "kernel_shape must be >= 1, got " + formatList(attrs.kernelShape);
  // Bounding the window parameters keeps the output-size arithmetic below
  // (products and sums of them with dims) free of overflow.
  for (auto [list, name] :
       {std::make_pair(ArrayRef<int64_t>(strides), "strides"),
        std::make_pair(ArrayRef<int64_t>(dilations), "dilations"),
        std::make_pair(ArrayRef<int64_t>(pads), "pads"),
        std::make_pair(ArrayRef<int64_t>(attrs.kernelShape), "kernel_shape")})
    for (int64_t v : list)
      if (v > kMaxWindowParam)
        return std::string(name) + " " + formatList(list) +
               " has a value above " + std::to_string(kMaxWindowParam);
  return "";
}

/// Computes the spatial output dims into `out`; returns an error or "".
static std::string spatialDims(ArrayRef<int64_t> in, ArrayRef<int64_t> kernel,
                               const WindowAttrs &attrs,
                               ArrayRef<int64_t> strides,
                               ArrayRef<int64_t> dilations,
                               ArrayRef<int64_t> pads,
                               SmallVectorImpl<int64_t> &out) {
  size_t n = in.size();
  for (size_t i = 0; i < n; ++i) {
    int64_t d = windowOutputDim(in[i], kernel[i], strides[i], dilations[i],
                                pads[i], pads[n + i], attrs.autoPad,
                                attrs.ceilMode);
    if (d != kDyn && d < 1)
      return "spatial dim " + std::to_string(i) + " of size " +
             std::to_string(in[i]) + " is smaller than the dilated kernel (" +
             std::to_string(dilations[i] * (kernel[i] - 1) + 1) +
             ") plus padding; the output would have size " + std::to_string(d);
    out.push_back(d);
  }
  return "";
}

/// Checks the weight's spatial dims of a Conv / ConvTranspose: each static
/// one must be >= 1 and agree with `kernel_shape` when that is given. Returns
/// an error message or "".
static std::string checkKernel(ArrayRef<int64_t> kernel,
                               ArrayRef<int64_t> kernelShape) {
  for (int64_t k : kernel)
    if (k != kDyn && k < 1)
      return "weight W has spatial dims " + formatShape(kernel) +
             "; kernel sizes must be >= 1";
  for (size_t i = 0; i < kernelShape.size(); ++i)
    if (kernel[i] != kDyn && kernel[i] != kernelShape[i])
      return "kernel_shape " + formatList(kernelShape) +
             " does not match the weight's spatial dims " +
             formatShape(kernel);
  return "";
}

ShapeResult graph::inferConvShape(ArrayRef<int64_t> x, ArrayRef<int64_t> w,
                                  const WindowAttrs &attrs, int64_t group) {
  if (x.size() < 3)
    return ShapeResult::failure("input X must have rank >= 3 (N x C x D...), got " +
                                formatShape(x));
  if (w.size() != x.size())
    return ShapeResult::failure("weight W must have the rank of X (" +
                                std::to_string(x.size()) + "), got " +
                                formatShape(w));
  if (group < 1)
    return ShapeResult::failure("group must be >= 1, got " +
                                std::to_string(group));
  size_t n = x.size() - 2;
  SmallVector<int64_t> strides, dilations, pads;
  std::string e = checkWindowAttrs(attrs, n, strides, dilations, pads);
  if (!e.empty())
    return ShapeResult::failure(e);
  ArrayRef<int64_t> kernel = w.drop_front(2);
  e = checkKernel(kernel, attrs.kernelShape);
  if (!e.empty())
    return ShapeResult::failure(e);
  int64_t c = x[1], wc = w[1], m = w[0], wcTimesGroup = 0;
  if (c != kDyn && wc != kDyn &&
      (llvm::MulOverflow(wc, group, wcTimesGroup) || c != wcTimesGroup))
    return ShapeResult::failure(
        "input channels (" + std::to_string(c) + ") must equal weight dim 1 (" +
        std::to_string(wc) + ") times group (" + std::to_string(group) + ")");
  if (m != kDyn && m % group != 0)
    return ShapeResult::failure("output channels (" + std::to_string(m) +
                                ") must be a multiple of group (" +
                                std::to_string(group) + ")");
  ShapeResult result;
  result.shape = {x[0], m};
  SmallVector<int64_t> k(kernel);
  for (size_t i = 0; i < n; ++i)
    if (k[i] == kDyn && !attrs.kernelShape.empty())
      k[i] = attrs.kernelShape[i];
  e = spatialDims(x.drop_front(2), k, attrs, strides, dilations, pads,
                  result.shape);
  if (!e.empty())
    return ShapeResult::failure(e);
  return result;
}

ShapeResult graph::inferConvTransposeShape(ArrayRef<int64_t> x,
                                           ArrayRef<int64_t> w,
                                           const WindowAttrs &attrs,
                                           int64_t group,
                                           ArrayRef<int64_t> outputPadding,
                                           ArrayRef<int64_t> outputShape) {
  if (x.size() < 3)
    return ShapeResult::failure("input X must have rank >= 3 (N x C x D...), got " +
                                formatShape(x));
  if (w.size() != x.size())
    return ShapeResult::failure("weight W must have the rank of X (" +
                                std::to_string(x.size()) + "), got " +
                                formatShape(w));
  if (group < 1)
    return ShapeResult::failure("group must be >= 1, got " +
                                std::to_string(group));
  size_t n = x.size() - 2;
  SmallVector<int64_t> strides, dilations, pads;
  std::string e = checkWindowAttrs(attrs, n, strides, dilations, pads);
  if (!e.empty())
    return ShapeResult::failure(e);
  if (!outputPadding.empty() && outputPadding.size() != n)
    return ShapeResult::failure("output_padding has " +
                                std::to_string(outputPadding.size()) +
                                " entries but the input has " +
                                std::to_string(n) + " spatial dims");
  for (int64_t p : outputPadding)
    if (p < 0)
      return ShapeResult::failure("output_padding must be >= 0, got " +
                                  formatList(outputPadding));
  if (!outputShape.empty() && outputShape.size() != n &&
      outputShape.size() != n + 2)
    return ShapeResult::failure("output_shape has " +
                                std::to_string(outputShape.size()) +
                                " entries; expected " + std::to_string(n) +
                                " (spatial) or " + std::to_string(n + 2));
  // Only the trailing n (spatial) entries of output_shape are used.
  for (int64_t d : outputShape.take_back(n))
    if (d < 1)
      return ShapeResult::failure("output_shape " + formatList(outputShape) +
                                  " has a spatial size below 1");
  e = checkKernel(w.drop_front(2), attrs.kernelShape);
  if (!e.empty())
    return ShapeResult::failure(e);
  int64_t c = x[1], wc = w[0];
  if (c != kDyn && wc != kDyn && c != wc)
    return ShapeResult::failure("input channels (" + std::to_string(c) +
                                ") must equal weight dim 0 (" +
                                std::to_string(wc) + ")");
  if (c != kDyn && c % group != 0)
    return ShapeResult::failure("input channels (" + std::to_string(c) +
                                ") must be a multiple of group (" +
                                std::to_string(group) + ")");
  int64_t outChannels = kDyn;
  if (w[1] != kDyn && llvm::MulOverflow(w[1], group, outChannels))
    return ShapeResult::failure("output channels: weight dim 1 (" +
                                std::to_string(w[1]) + ") times group (" +
                                std::to_string(group) + ") overflows");
  ShapeResult result;
  result.shape = {x[0], outChannels};
  for (size_t i = 0; i < n; ++i) {
    if (!outputShape.empty()) {
      result.shape.push_back(outputShape[outputShape.size() - n + i]);
      continue;
    }
    int64_t in = x[2 + i];
    int64_t k = attrs.kernelShape.empty() ? w[2 + i] : attrs.kernelShape[i];
    if (in == kDyn || k == kDyn) {
      result.shape.push_back(kDyn);
      continue;
    }
    int64_t d;
    if (attrs.autoPad == AutoPad::SameUpper ||
        attrs.autoPad == AutoPad::SameLower) {
      d = in * strides[i];
    } else {
      int64_t op = outputPadding.empty() ? 0 : outputPadding[i];
      int64_t p = attrs.autoPad == AutoPad::Valid ? 0 : pads[i] + pads[n + i];
      d = strides[i] * (in - 1) + op + dilations[i] * (k - 1) + 1 - p;
    }
    if (d < 1)
      return ShapeResult::failure("spatial dim " + std::to_string(i) +
                                  " would have size " + std::to_string(d) +
                                  "; the pads are larger than the output");
    result.shape.push_back(d);
  }
  return result;
}

ShapeResult graph::inferPoolShape(ArrayRef<int64_t> x,
                                  const WindowAttrs &attrs) {
  if (x.size() < 3)
    return ShapeResult::failure("input X must have rank >= 3 (N x C x D...), got " +
                                formatShape(x));
  size_t n = x.size() - 2;
  if (attrs.kernelShape.size() != n)
    return ShapeResult::failure(
        "kernel_shape has " + std::to_string(attrs.kernelShape.size()) +
        " entries but the input has " + std::to_string(n) + " spatial dims");
  SmallVector<int64_t> strides, dilations, pads;
  std::string e = checkWindowAttrs(attrs, n, strides, dilations, pads);
  if (!e.empty())
    return ShapeResult::failure(e);
  ShapeResult result;
  result.shape = {x[0], x[1]};
  e = spatialDims(x.drop_front(2), attrs.kernelShape, attrs, strides,
                  dilations, pads, result.shape);
  if (!e.empty())
    return ShapeResult::failure(e);
  return result;
}

std::optional<int64_t> graph::normalizeAxis(int64_t axis, int64_t rank) {
  if (axis < -rank || axis >= rank)
    return std::nullopt;
  return axis < 0 ? axis + rank : axis;
}
