//===- ShapeInference.h - ONNX shape rules on plain dim lists ---*- C++ -*-===//
//
// The shape rules of ONNX operators (broadcasting, matmul, conv, pooling), as
// functions of dim lists so that op verifiers, the importer, the lowering and
// the unit tests share one implementation. Dynamic dims are
// mlir::ShapedType::kDynamic and propagate; a failure returns a sentence a
// user can act on.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_DIALECT_GRAPH_SHAPEINFERENCE_H
#define DLC_DIALECT_GRAPH_SHAPEINFERENCE_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <string>

namespace dlc {
namespace graph {

/// A shape, or the reason there is none.
struct ShapeResult {
  llvm::SmallVector<int64_t> shape;
  std::string error;
  bool ok() const { return error.empty(); }
  static ShapeResult failure(std::string message) {
    ShapeResult r;
    r.error = std::move(message);
    return r;
  }
};

/// Formats a dim list as `2x?x3` (for diagnostics and tests).
std::string formatShape(llvm::ArrayRef<int64_t> shape);

/// Formats an attribute list (axes, perm, pads...) as `[0, -1]`.
std::string formatList(llvm::ArrayRef<int64_t> list);

/// ONNX multidirectional (numpy) broadcasting of any number of shapes.
ShapeResult broadcastShapes(llvm::ArrayRef<llvm::ArrayRef<int64_t>> shapes);
ShapeResult broadcastShapes(llvm::ArrayRef<int64_t> a, llvm::ArrayRef<int64_t> b);

/// ONNX unidirectional broadcasting: can `from` broadcast to `to`?
bool isUnidirectionalBroadcastable(llvm::ArrayRef<int64_t> from,
                                   llvm::ArrayRef<int64_t> to);

/// numpy matmul: 1-D promotion and batch broadcasting.
ShapeResult inferMatMulShape(llvm::ArrayRef<int64_t> lhs,
                             llvm::ArrayRef<int64_t> rhs);

enum class AutoPad { NotSet, SameUpper, SameLower, Valid };
/// Parses an ONNX auto_pad string; std::nullopt for an unknown one.
std::optional<AutoPad> parseAutoPad(llvm::StringRef s);

/// The window attributes shared by Conv, ConvTranspose and the pools. Empty
/// lists take ONNX's defaults (1 for strides and dilations, 0 for pads).
struct WindowAttrs {
  llvm::SmallVector<int64_t> kernelShape;
  llvm::SmallVector<int64_t> strides;
  llvm::SmallVector<int64_t> dilations;
  llvm::SmallVector<int64_t> pads; // begins then ends
  AutoPad autoPad = AutoPad::NotSet;
  bool ceilMode = false;
};

/// The output size of one sliding-window dim. Returns kDynamic when `in` is.
int64_t windowOutputDim(int64_t in, int64_t kernel, int64_t stride,
                        int64_t dilation, int64_t padBegin, int64_t padEnd,
                        AutoPad autoPad, bool ceilMode);

/// The pads (begin, end) that SAME_UPPER / SAME_LOWER pick for one dim.
std::pair<int64_t, int64_t> samePadding(int64_t in, int64_t kernel,
                                        int64_t stride, int64_t dilation,
                                        AutoPad autoPad);

/// Conv: X is N x C x D..., W is M x C/group x k...
ShapeResult inferConvShape(llvm::ArrayRef<int64_t> x, llvm::ArrayRef<int64_t> w,
                           const WindowAttrs &attrs, int64_t group);

/// ConvTranspose: X is N x C x D..., W is C x M/group x k...
ShapeResult inferConvTransposeShape(llvm::ArrayRef<int64_t> x,
                                    llvm::ArrayRef<int64_t> w,
                                    const WindowAttrs &attrs, int64_t group,
                                    llvm::ArrayRef<int64_t> outputPadding,
                                    llvm::ArrayRef<int64_t> outputShape);

/// MaxPool / AveragePool: X is N x C x D...; attrs.kernelShape is required.
ShapeResult inferPoolShape(llvm::ArrayRef<int64_t> x, const WindowAttrs &attrs);

/// Normalizes an axis in [-rank, rank) to [0, rank); std::nullopt if out of
/// range.
std::optional<int64_t> normalizeAxis(int64_t axis, int64_t rank);

/// Normalizes an axis already known to be in range. Takes int64_t on
/// purpose: ODS's I64Attr getters return uint64_t, which this converts back
/// to the signed value the attribute holds.
inline int64_t wrapAxis(int64_t axis, int64_t rank) {
  return axis < 0 ? axis + rank : axis;
}

} // namespace graph
} // namespace dlc

#endif // DLC_DIALECT_GRAPH_SHAPEINFERENCE_H
