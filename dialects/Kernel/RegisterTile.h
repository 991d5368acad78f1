//===- RegisterTile.h - Which kernels run as vector micro-kernels -*- C++ -*-===//
//
// A reduction kernel whose body is plain arithmetic on the values it reads
// (a matmul's multiply-add, a convolution's, a sum or a max) can be
// computed a block of outputs at a time with the block held in vector
// registers: the output's innermost dim runs along the vector lanes, the
// other dims of the block are unrolled, and the reduction loops run inside,
// reading each operand once per block (a scalar broadcast when the operand
// does not depend on the lane dim, a vector load when it does). This is the
// test both the default schedule and the loop generator use.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_DIALECT_KERNEL_REGISTERTILE_H
#define DLC_DIALECT_KERNEL_REGISTERTILE_H

#include "mlir/IR/AffineMap.h"
#include "mlir/IR/Block.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>

namespace dlc {
namespace kernel {

/// How a register-tileable kernel reads memory along its lane dim.
struct RegisterTileAccess {
  /// The dim the vector lanes run along: the output's innermost dim.
  int64_t laneDim = 0;
  /// Per input operand: 0 when it does not depend on the lane dim (one
  /// scalar per block row, broadcast), else its stride along the lane dim
  /// in elements of its innermost dim (1: a contiguous vector load).
  llvm::SmallVector<int64_t> inputStrides;
};

/// The most steps of its reduction per element of a padded input for which
/// a micro-kernel reads the input's source in place of the padded copy made
/// for it (findPaddedInput in lib/Conversion/KernelToAffine): a 3x3
/// depthwise conv or pooling window (2 to 9 steps per element), where the
/// copy takes a third of the time. Not a 5x5 depthwise conv (22 per element
/// at 56x56: 1.1x slower, its ten masks per block row outnumber the mask
/// registers), MobileNetV2's 3x3 stride-2 first conv (70: no faster) or a
/// dense conv (hundreds: ResNet-18's 7x7 stride-2 first conv 1.3x slower).
/// kernel-fuse keeps such a copy free of fused producers.
constexpr int64_t kMaxPaddedInputReuse = 16;

/// Whether a kernel with the static loop extents `loopRanges` takes at most
/// kMaxPaddedInputReuse steps per element of a padded input of `elements`
/// elements (false with a dynamic extent).
bool readsPaddedInputFewTimes(llvm::ArrayRef<int64_t> loopRanges,
                              int64_t elements);

/// How an operand indexed by `map` is read along the lanes (`laneDim`): 0
/// when its index does not use the lane dim, else the constant positive
/// stride of its innermost index along it; std::nullopt when the lane dim
/// reaches another index or the stride is not a positive constant.
std::optional<int64_t> laneStride(mlir::AffineMap map, int64_t laneDim);

/// The same in elements of a row-major buffer of the static `shape`, where
/// the lane dim may reach any of its indices (a gather or scatter along
/// the lanes with these offsets from the first lane's element); 0 when no
/// index uses the lane dim; std::nullopt when an index is not linear in it
/// or the stride is negative.
std::optional<int64_t> laneStride(mlir::AffineMap map, int64_t laneDim,
                                  llvm::ArrayRef<int64_t> shape);

/// Whether every op of `body` but its terminator is side-effect-free arith
/// on scalars that may run on idle lanes (no integer division), or with
/// `floatMath` also isFloatMath, with scalar block arguments and one
/// yielded value.
bool isLaneSafeBody(mlir::Block &body, bool floatMath = false);

/// Whether `op` is an arith op on scalars that is safe to run on every
/// lane of a vector, idle lanes included (no integer division).
bool isLaneSafe(mlir::Operation &op);

/// Whether `op` is an elementwise math op on floats (erf, exp, sqrt, ...):
/// computed lane by lane on a vector, harmless on idle lanes. The CPU back
/// end computes f32 erf, exp and tanh as vectorized polynomials; others may
/// become a call per lane, which is correct but slow.
bool isFloatMath(mlir::Operation &op);

/// Whether a memref of `elt` can be loaded and stored as vectors of it: an
/// integer or float of whole bytes (a memref of i1 holds a byte per
/// element, a vector of i1 a bit per lane).
bool isVectorMemoryElement(mlir::Type elt);

/// Whether a generic can be computed by the register-tiled micro-kernel:
/// it has a reduction dim; its one output is indexed by plain dims, the
/// innermost a parallel dim; every input reads that dim only in its
/// innermost index, with a positive constant stride; and its body (one
/// block argument per input, then the output's) combines the output's
/// value with the inputs using only side-effect-free arith ops (no
/// integer division, which would trap on the idle lanes).
/// `maps`: the inputs' indexing maps, then the output's.
std::optional<RegisterTileAccess>
matchRegisterTiledReduction(llvm::ArrayRef<mlir::AffineMap> maps,
                            llvm::ArrayRef<bool> isReduction, mlir::Block &body);

} // namespace kernel
} // namespace dlc

#endif // DLC_DIALECT_KERNEL_REGISTERTILE_H
