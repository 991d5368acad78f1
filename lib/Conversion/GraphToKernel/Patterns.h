//===- Patterns.h - GraphToKernel's pattern groups --------------*- C++ -*-===//
//
// GraphToKernel's patterns live in one file per family; each file has a
// populate function, and populateGraphToKernelPatterns calls them all. This
// header also holds the small helpers the families share: reading the
// shape-like operands of an op (pads, starts, scales, ...) either at compile
// time, when they are constants, or in the kernel body, when they are not.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_CONVERSION_GRAPHTOKERNEL_PATTERNS_H
#define DLC_CONVERSION_GRAPHTOKERNEL_PATTERNS_H

#include "dialects/Graph/GraphOps.h"
#include "lib/Conversion/GraphToKernel/KernelBuilder.h"

#include "mlir/IR/PatternMatch.h"

#include <optional>

namespace dlc {
namespace graph_to_kernel {

constexpr kernel::IteratorType kPar = kernel::IteratorType::parallel;
constexpr kernel::IteratorType kRed = kernel::IteratorType::reduction;

inline mlir::RankedTensorType tensorType(mlir::Value v) {
  return mlir::cast<mlir::RankedTensorType>(v.getType());
}

inline mlir::AffineExpr dim(mlir::MLIRContext *ctx, unsigned i) {
  return mlir::getAffineDimExpr(i, ctx);
}

/// The entries of `v` when it is a constant integer tensor.
std::optional<llvm::SmallVector<int64_t>> constantInts(mlir::Value v);
/// The entries of `v` when it is a constant float or integer tensor.
std::optional<llvm::SmallVector<double>> constantDoubles(mlir::Value v);

/// An operand that a kernel body reads element by element (pads, starts,
/// scales, a pad value, ...): a constant is materialized in the body; any
/// other value becomes an input of the fused op and is read with
/// tensor.extract from the block argument standing for it.
struct BodyOperand {
  mlir::Value operand;           // null when the op has none
  mlir::DenseElementsAttr known; // set when it is a constant
  int64_t arg = -1;              // its position among the fused op's inputs

  /// Appends `v` to `fusedInputs` unless it is null or a constant.
  BodyOperand(mlir::Value v, llvm::SmallVectorImpl<mlir::Value> &fusedInputs);
  explicit operator bool() const { return static_cast<bool>(operand); }

  /// Element k (of a rank-0 or 1-D tensor; k = 0 of any one-element
  /// tensor), in a body whose fused op's block arguments for the inputs are
  /// `ins`: in the element type, as an index (integers), or as an f64.
  mlir::Value scalar(mlir::OpBuilder &b, mlir::Location loc,
                     mlir::ValueRange ins, int64_t k = 0) const;
  mlir::Value index(mlir::OpBuilder &b, mlir::Location loc,
                    mlir::ValueRange ins, int64_t k) const;
  mlir::Value f64(mlir::OpBuilder &b, mlir::Location loc, mlir::ValueRange ins,
                  int64_t k) const;
};

/// Index arithmetic in kernel bodies; each folds when its operands are
/// constants.
mlir::Value indexConst(mlir::OpBuilder &b, mlir::Location loc, int64_t v);
mlir::Value clampIndex(mlir::OpBuilder &b, mlir::Location loc, mlir::Value i,
                       int64_t lo, int64_t hi);
/// `a mod n` in [0, n) for any sign of `a` (n > 0).
mlir::Value floorMod(mlir::OpBuilder &b, mlir::Location loc, mlir::Value a,
                     mlir::Value n);
/// An ONNX index `i` (any integer type) into a dim of `size` as an index
/// value: negative values count from the back, and out-of-range ones are
/// clamped to the dim (ONNX leaves them undefined; a clamped read stays in
/// bounds).
mlir::Value wrapIndex(mlir::OpBuilder &b, mlir::Location loc, mlir::Value i,
                      int64_t size);

void populateElementwisePatterns(mlir::RewritePatternSet &patterns);
void populateContractionPatterns(mlir::RewritePatternSet &patterns);
void populateNormalizationPatterns(mlir::RewritePatternSet &patterns);
void populateDataMovementPatterns(mlir::RewritePatternSet &patterns);
void populateResizePatterns(mlir::RewritePatternSet &patterns);
void populateIndexingPatterns(mlir::RewritePatternSet &patterns);

} // namespace graph_to_kernel
} // namespace dlc

#endif // DLC_CONVERSION_GRAPHTOKERNEL_PATTERNS_H
