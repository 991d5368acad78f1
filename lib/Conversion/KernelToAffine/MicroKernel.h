//===- MicroKernel.h - Register-tiled vector code for reductions -*- C++ -*-===//
//
// The code a kernel's innermost tile band becomes when its schedule asks
// for vectors (`vector` > 1) and the kernel is a reduction the register
// tile can hold (dialects/Kernel/RegisterTile.h): a block of outputs in
// vector registers, the reduction loops inside it. See MicroKernel.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_CONVERSION_KERNELTOAFFINE_MICROKERNEL_H
#define DLC_CONVERSION_KERNELTOAFFINE_MICROKERNEL_H

#include "dialects/Kernel/RegisterTile.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"

namespace dlc {

/// The most vector accumulators one register tile may hold; a schedule
/// asking for more is lowered as plain loops (it would only spill).
constexpr int64_t kMaxRegisterTileVectors = 64;

/// An input of a micro-kernel that is a padded copy of another buffer,
/// made just before it (findPaddedInput): the micro-kernel reads `source`
/// itself, shifted by `offsets`, with the lanes and rows outside it masked
/// to `padValue`, and the copy and fills that made the padded buffer can be
/// erased. What a convolution or pooling window over padded borders reads
/// without a padded copy of its input.
struct PaddedInput {
  /// The input's position among the root's inputs.
  unsigned input = 0;
  /// The unpadded buffer, and where it sits in the padded one.
  mlir::Value source;
  llvm::SmallVector<int64_t> offsets;
  /// The value of every element of the padded buffer outside `source`.
  mlir::TypedAttr padValue;
  /// The generics that made the padded buffer: the copy of `source` into
  /// its interior and the fills of its borders.
  llvm::SmallVector<mlir::linalg::GenericOp> writers;
};

/// What the micro-kernel generator needs to know of one kernel.
struct MicroKernelSpec {
  kernel::RegisterTileAccess access;
  /// Lanes per vector.
  int64_t vectorWidth = 1;
  /// Per iteration dim: for a parallel dim the extent of the register tile
  /// along it (the lane dim: elements, held in ceil(size / vectorWidth)
  /// vectors; others: unrolled rows), at least 1; for a reduction dim the
  /// tile its loop is split into inside the micro-kernel (0: not split).
  llvm::SmallVector<int64_t> registerTile;
  /// The loop order (outermost first).
  llvm::SmallVector<int64_t> order;
  /// Unroll factor of the innermost reduction loop.
  int64_t unroll = 1;
  /// The generic that initializes the output just before (a fill, a bias
  /// broadcast; findInitialization), or null. The micro-kernel then starts
  /// its accumulators from that value instead of loading them, and the
  /// generic can be erased.
  mlir::linalg::GenericOp init;
  /// The elementwise generic just after that reads the output
  /// (findEpilogue), or null. The micro-kernel then applies it to its
  /// accumulators once the reduction is complete and stores its result
  /// instead, and the generic can be erased.
  mlir::linalg::GenericOp epilogue;
  /// Inputs read from their unpadded source (findPaddedInput); their
  /// writers can be erased.
  llvm::SmallVector<PaddedInput> padded;
};

/// Whether `generic` (on buffers) can run as a micro-kernel: a register-
/// tileable reduction whose operands are memrefs of scalars with a
/// unit-stride innermost dim.
std::optional<kernel::RegisterTileAccess>
matchMicroKernel(mlir::linalg::GenericOp generic);

/// The generic just before `root` that only initializes its output (every
/// element, from values that do not depend on the output: a fill, a bias
/// broadcast), when the micro-kernel can compute that value itself; or
/// null.
mlir::linalg::GenericOp
findInitialization(mlir::linalg::GenericOp root,
                   const kernel::RegisterTileAccess &access);

/// The elementwise generic just after `root`, of the same kernel (equal
/// kKernelIdAttr, or neither has one), that reads its output (each
/// element once, through a permutation) together with other values at the
/// same positions, when the micro-kernel can apply it to its accumulators:
/// an activation, a residual add, a folded normalization. Its destination
/// is the output itself or a buffer only it writes, and the output is read
/// by nothing after it. Null otherwise. Views the epilogue reads that are
/// taken between the two move before the root.
mlir::linalg::GenericOp
findEpilogue(mlir::linalg::GenericOp root,
             const kernel::RegisterTileAccess &access);

/// Input `input` of `root` (read along the lanes with stride 0, 1 or 2) as
/// a padded copy the micro-kernel can read from its source, or nullopt.
/// It is one when `root` takes at most kernel::kMaxPaddedInputReuse steps per
/// element of it, when the input is a buffer of its own (an arena slice or an
/// allocation) that nothing but `root` reads, and that is written only,
/// before `root` in its block, by generics each writing one subview of
/// it: one copying a buffer (the source) into it unchanged, the others
/// filling it with one constant (the pad value); and when the buffers
/// `root` writes (`written`: its output, and its epilogue's destination)
/// are distinct from the source, which the micro-kernel now reads while
/// it writes them. Elements of the padded buffer no fill writes were
/// never defined, so reading the pad value there is a refinement.
std::optional<PaddedInput>
findPaddedInput(mlir::linalg::GenericOp root, unsigned input,
                const kernel::RegisterTileAccess &access,
                mlir::ArrayRef<mlir::Value> written);

/// Replaces `band` (one affine.for per iteration dim of `generic`, nested
/// in `spec.order`, each spanning its enclosing tile) by the micro-kernel.
/// Returns, per parallel dim, the loop that steps over register tiles
/// (null for reduction dims).
mlir::FailureOr<llvm::SmallVector<mlir::affine::AffineForOp>>
emitMicroKernel(mlir::linalg::GenericOp generic, const MicroKernelSpec &spec,
                llvm::ArrayRef<mlir::affine::AffineForOp> band);

/// The elements at `indices`, `indices` + 2, ... (along the last index) of
/// `memref` in the first `count` lanes of a vector of `type` (zeros in the
/// others): two masked loads covering 2 * count - 1 elements and their even
/// lanes. What a stride-2 read along the lanes costs instead of a gather.
/// With `valid` (a function from an element offset, relative to
/// `indices`, to the mask of the elements of a vector starting there that
/// may be read) and `passThru`, elements outside it are `passThru`'s (a
/// padded input read from its source).
mlir::Value loadEvenLanes(
    mlir::OpBuilder &b, mlir::Location loc, mlir::VectorType type,
    mlir::Value memref, llvm::SmallVector<mlir::Value> indices,
    mlir::Value count,
    llvm::function_ref<mlir::Value(mlir::OpBuilder &, int64_t)> valid = {},
    mlir::Value passThru = {});

/// Rewrites `loop`, an innermost loop of unit step whose body loads,
/// computes lane-safe arith and float math, and stores contiguously along
/// it, to step by a 512-bit vector's lanes with masked loads and stores (a
/// load of every other element: two loads and a shuffle; one the loop does
/// not move: a broadcast). Fails, changing nothing, on any other loop: a
/// reduction into one element, a gather, an index-dependent body, a load
/// that may overlap a store of the same iteration (VectorizeLoops.cpp).
mlir::LogicalResult vectorizeInnermostLoop(mlir::affine::AffineForOp loop);

} // namespace dlc

#endif // DLC_CONVERSION_KERNELTOAFFINE_MICROKERNEL_H
