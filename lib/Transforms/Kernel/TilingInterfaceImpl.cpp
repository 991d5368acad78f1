//===- TilingInterfaceImpl.cpp - TilingInterface for kernel.generic -------===//
//
// kernel.generic tiles like linalg.generic: a tile of the iteration space
// (offsets, sizes per loop) reads, for each operand, the slice its indexing
// map sends that tile to. linalg's makeTiledShape computes those slices from
// a value and a map (including conv windows such as `oh * 2 + kh`), so the
// arithmetic is upstream's; this file only adapts kernel.generic to it. The
// model is attached from outside the dialect library (as Linalg does) so
// that the IR library does not depend on the tiling machinery.
//
//===----------------------------------------------------------------------===//

#include "lib/Transforms/Kernel/TilingInterfaceImpl.h"

#include "dialects/Kernel/KernelOps.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/Utils/Utils.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StructuredOpsUtils.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/TilingInterface.h"

using namespace mlir;
using namespace dlc;
using namespace dlc::kernel;

namespace {

struct GenericOpTiling
    : public TilingInterface::ExternalModel<GenericOpTiling, GenericOp> {
  SmallVector<utils::IteratorType> getLoopIteratorTypes(Operation *op) const {
    return llvm::map_to_vector(
        cast<GenericOp>(op).getIteratorTypesArray(), [](IteratorType t) {
          return t == IteratorType::parallel ? utils::IteratorType::parallel
                                             : utils::IteratorType::reduction;
        });
  }

  /// The loop ranges: for each loop, the size of the first operand dim its
  /// index appears alone in (tensor.dim when that dim is dynamic).
  SmallVector<Range> getIterationDomain(Operation *op, OpBuilder &b) const {
    auto generic = cast<GenericOp>(op);
    Location loc = op->getLoc();
    unsigned numLoops = generic.getNumLoops();
    SmallVector<std::optional<OpFoldResult>> sizes(numLoops);
    for (auto [operand, map] :
         llvm::zip(op->getOperands(), generic.getIndexingMapsArray()))
      for (auto [i, expr] : llvm::enumerate(map.getResults()))
        if (auto dim = dyn_cast<AffineDimExpr>(expr))
          if (!sizes[dim.getPosition()])
            sizes[dim.getPosition()] =
                tensor::getMixedSize(b, loc, operand, i);
    OpFoldResult zero = b.getIndexAttr(0), one = b.getIndexAttr(1);
    return llvm::map_to_vector(sizes, [&](std::optional<OpFoldResult> s) {
      return Range{zero, *s, one};
    });
  }

  FailureOr<TilingResult>
  getTiledImplementation(Operation *op, OpBuilder &b,
                         ArrayRef<OpFoldResult> offsets,
                         ArrayRef<OpFoldResult> sizes) const {
    auto generic = cast<GenericOp>(op);
    Location loc = op->getLoc();
    SmallVector<OpFoldResult> ubs = llvm::map_to_vector(
        getIterationDomain(op, b), [](const Range &r) { return r.size; });
    // makeTiledShape wants closed intervals: the last index of each tile.
    AffineExpr d0 = b.getAffineDimExpr(0);
    SmallVector<OpFoldResult> lastIndex = llvm::map_to_vector(
        sizes, [&](OpFoldResult s) -> OpFoldResult {
          return affine::makeComposedFoldedAffineApply(b, loc, d0 - 1, {s});
        });
    SmallVector<Value> tiledOperands;
    SmallVector<Operation *> slices;
    for (auto [operand, map] :
         llvm::zip(op->getOperands(), generic.getIndexingMapsArray())) {
      Operation *slice =
          linalg::makeTiledShape(b, loc, operand, sizes, map, offsets, ubs,
                                 lastIndex, /*omitPartialTileCheck=*/true);
      tiledOperands.push_back(slice->getResult(0));
      slices.push_back(slice);
    }
    unsigned numInputs = generic.getInputs().size();
    ValueRange tiledInputs = ValueRange(tiledOperands).take_front(numInputs);
    ValueRange tiledOutputs = ValueRange(tiledOperands).drop_front(numInputs);
    auto tiled = GenericOp::create(b, loc, tiledOutputs.getTypes(),
                                   tiledInputs, tiledOutputs,
                                   generic.getIndexingMaps(),
                                   generic.getIteratorTypes());
    IRMapping mapping;
    generic.getBody().cloneInto(&tiled.getBody(), mapping);
    // kernel.index inside the tile counts from the tile's start.
    OpBuilder::InsertionGuard guard(b);
    SmallVector<IndexOp> indices;
    tiled.getBody().walk([&](IndexOp index) { indices.push_back(index); });
    for (IndexOp index : indices) {
      OpFoldResult offset = offsets[index.getDim()];
      if (isZeroInteger(offset))
        continue;
      b.setInsertionPointAfter(index);
      Value shifted = affine::makeComposedAffineApply(
          b, loc, d0 + b.getAffineDimExpr(1), {index.getResult(), offset});
      index.getResult().replaceAllUsesExcept(shifted,
                                             shifted.getDefiningOp());
    }
    return TilingResult{{tiled}, SmallVector<Value>(tiled->getResults()),
                        slices};
  }

  LogicalResult getResultTilePosition(Operation *op, OpBuilder &b,
                                      unsigned resultNumber,
                                      ArrayRef<OpFoldResult> offsets,
                                      ArrayRef<OpFoldResult> sizes,
                                      SmallVector<OpFoldResult> &resultOffsets,
                                      SmallVector<OpFoldResult> &resultSizes) const {
    auto generic = cast<GenericOp>(op);
    AffineMap map =
        generic.getIndexingMap(generic.getInputs().size() + resultNumber);
    // Output maps are projected permutations, with a constant 0 only on
    // dims of size 1 (the verifier checks).
    for (AffineExpr expr : map.getResults()) {
      if (isa<AffineConstantExpr>(expr)) {
        resultOffsets.push_back(b.getIndexAttr(0));
        resultSizes.push_back(b.getIndexAttr(1));
        continue;
      }
      unsigned d = cast<AffineDimExpr>(expr).getPosition();
      resultOffsets.push_back(offsets[d]);
      resultSizes.push_back(sizes[d]);
    }
    return success();
  }

  FailureOr<TilingResult>
  generateResultTileValue(Operation *op, OpBuilder &b, unsigned resultNumber,
                          ArrayRef<OpFoldResult> offsets,
                          ArrayRef<OpFoldResult> sizes) const {
    // A tile of a result is computed by the iteration-space tile that covers
    // it with every loop the result does not index taken whole.
    auto generic = cast<GenericOp>(op);
    AffineMap map =
        generic.getIndexingMap(generic.getInputs().size() + resultNumber);
    SmallVector<Range> domain = getIterationDomain(op, b);
    SmallVector<OpFoldResult> iterOffsets, iterSizes;
    for (const Range &r : domain) {
      iterOffsets.push_back(r.offset);
      iterSizes.push_back(r.size);
    }
    for (auto [i, expr] : llvm::enumerate(map.getResults())) {
      auto dimExpr = dyn_cast<AffineDimExpr>(expr);
      if (!dimExpr)
        continue;
      iterOffsets[dimExpr.getPosition()] = offsets[i];
      iterSizes[dimExpr.getPosition()] = sizes[i];
    }
    return getTiledImplementation(op, b, iterOffsets, iterSizes);
  }
};

} // namespace

void kernel::registerTilingInterfaceExternalModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, KernelDialect *) {
    GenericOp::attachInterface<GenericOpTiling>(*ctx);
  });
}
