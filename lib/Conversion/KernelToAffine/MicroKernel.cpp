//===- MicroKernel.cpp - Register-tiled vector code for reductions --------===//
//
// The innermost tile band of a register-tileable reduction (a matmul, a
// convolution, a pooling window, a row sum) becomes
//
//   affine.for over register tiles, one loop per parallel dim, stepping by
//       the register tile (outermost first, in the schedule's order)
//     accumulators = masked vector loads of the output block
//     scf.for over each reduction dim (iter_args: the accumulators)
//       per operand, each distinct value the block needs, loaded once:
//         a scalar broadcast to all lanes (no lane dim in its index),
//         a masked vector load (stride 1 along the lane dim),
//         the even lanes of two masked loads (stride 2), or
//         a masked gather (larger strides)
//       per accumulator, the kernel body on vectors (a multiply feeding an
//         add becomes one vector.fma)
//     masked vector stores of the accumulators (or, with an epilogue and
//       the reductions complete, of the epilogue applied to them)
//
// The block is R rows (the product of the register tile over the parallel
// dims other than the lane dim, unrolled) by ceil(T / V) vectors of V lanes
// along the lane dim. Partial tiles need no remainder loops: lanes past the
// end are masked off, and rows past the end are clamped to the last row,
// which they then compute again and store with identical values. All
// loads of the output precede all its stores, so the duplicates agree.
// LLVM turns the masked operations into AVX-512 masked moves and the
// broadcast operands into embedded broadcasts of the FMAs.
//
//===----------------------------------------------------------------------===//

#include "lib/Conversion/KernelToAffine/MicroKernel.h"
#include "lib/Conversion/KernelToAffine/KernelToAffine.h"

#include "mlir/Conversion/AffineToStandard/AffineToStandard.h"
#include "mlir/Dialect/Affine/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Utils/Utils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include <map>

using namespace mlir;
using namespace dlc;

std::optional<kernel::RegisterTileAccess>
dlc::matchMicroKernel(linalg::GenericOp generic) {
  if (generic.getNumDpsInits() != 1 || !generic.hasPureBufferSemantics())
    return std::nullopt;
  for (Value v : generic->getOperands()) {
    auto type = dyn_cast<MemRefType>(v.getType());
    if (!type || !isa<FloatType, IntegerType>(type.getElementType()))
      return std::nullopt;
    if (type.getRank() > 0 && !type.isLastDimUnitStride())
      return std::nullopt;
  }
  SmallVector<bool> isReduction;
  for (utils::IteratorType t : generic.getIteratorTypesArray())
    isReduction.push_back(t == utils::IteratorType::reduction);
  return kernel::matchRegisterTiledReduction(generic.getIndexingMapsArray(),
                                             isReduction, *generic.getBody());
}

/// The nearest op before (`after` false) or after `root` in its block that
/// may write memory (or has regions, or unknown effects); null if none.
static Operation *nearestWriter(Operation *root, bool after) {
  Operation *op = after ? root->getNextNode() : root->getPrevNode();
  while (op) {
    auto effects = dyn_cast<MemoryEffectOpInterface>(op);
    if (!effects || effects.hasEffect<MemoryEffects::Write>() ||
        op->getNumRegions() != 0)
      return op;
    op = after ? op->getNextNode() : op->getPrevNode();
  }
  return nullptr;
}

linalg::GenericOp
dlc::findInitialization(linalg::GenericOp root,
                        const kernel::RegisterTileAccess &access) {
  Value out = root.getDpsInits()[0];
  auto fill =
      dyn_cast_or_null<linalg::GenericOp>(nearestWriter(root, /*after=*/false));
  if (!fill || !fill.hasPureBufferSemantics() || fill.getNumDpsInits() != 1 ||
      fill.getDpsInits()[0] != out || fill.getNumReductionLoops() != 0)
    return {};
  SmallVector<AffineMap> fillMaps = fill.getIndexingMapsArray();
  if (!fillMaps.back().isIdentity())
    return {};
  Block &body = *fill.getBody();
  if (!kernel::isLaneSafeBody(body) || !body.getArguments().back().use_empty())
    return {};
  // Its inputs, read at the root's output positions: broadcast or
  // contiguous along the lanes.
  AffineMap rootOut = root.getIndexingMapsArray().back();
  for (auto [i, input] : llvm::enumerate(fill.getDpsInputs())) {
    auto type = dyn_cast<MemRefType>(input.getType());
    if (!type || (type.getRank() > 0 && !type.isLastDimUnitStride()))
      return {};
    std::optional<int64_t> stride =
        kernel::laneStride(fillMaps[i].compose(rootOut), access.laneDim);
    if (!stride || *stride > 1)
      return {};
  }
  return fill;
}

/// How an epilogue operand of type `type` indexed by `map` (over the root's
/// iteration dims) is accessed along the lanes: its stride in elements (a
/// broadcast, a contiguous vector, or a gather or scatter, which may cross
/// rows of a buffer with the identity layout).
static std::optional<int64_t> epilogueLaneStride(AffineMap map,
                                                 int64_t laneDim,
                                                 MemRefType type) {
  if (std::optional<int64_t> stride = kernel::laneStride(map, laneDim))
    return stride;
  if (!type.getLayout().isIdentity())
    return std::nullopt;
  return kernel::laneStride(map, laneDim, type.getShape());
}

/// The map from `root`'s iteration dims to those of `epilogue`, which reads
/// root's output through the permutation `readMap`.
static AffineMap rootToEpilogue(linalg::GenericOp root, AffineMap readMap) {
  return inversePermutation(readMap).compose(
      root.getIndexingMapsArray().back());
}

linalg::GenericOp
dlc::findEpilogue(linalg::GenericOp root,
                  const kernel::RegisterTileAccess &access) {
  Value out = root.getDpsInits()[0];
  auto epilogue =
      dyn_cast_or_null<linalg::GenericOp>(nearestWriter(root, /*after=*/true));
  if (!epilogue || !epilogue.hasPureBufferSemantics() ||
      epilogue.getNumDpsInits() != 1 || epilogue.getNumReductionLoops() != 0)
    return {};
  // Of the same kernel: kernel-fuse decided to fuse them.
  if (root->getAttr(kKernelIdAttr) != epilogue->getAttr(kKernelIdAttr))
    return {};
  if (llvm::any_of(root.getStaticLoopRanges(), ShapedType::isDynamic))
    return {};
  Block &body = *epilogue.getBody();
  if (!kernel::isLaneSafeBody(body) || !body.getArguments().back().use_empty())
    return {};
  // Its operands are loaded as vectors.
  for (Value operand : epilogue->getOperands())
    if (!kernel::isVectorMemoryElement(
            cast<MemRefType>(operand.getType()).getElementType()))
      return {};
  // It reads the output once, through a permutation.
  OpOperand *read = nullptr;
  for (OpOperand *input : epilogue.getDpsInputOperands()) {
    if (input->get() != out)
      continue;
    if (read)
      return {};
    read = input;
  }
  if (!read)
    return {};
  AffineMap readMap = epilogue.getMatchingIndexingMap(read);
  if (!readMap.isPermutation())
    return {};
  // Another destination: the output is a buffer of its own that nothing
  // reads after the epilogue.
  Value dest = epilogue.getDpsInits()[0];
  if (dest != out) {
    Operation *def = out.getDefiningOp();
    if (!isa_and_present<memref::AllocOp, memref::AllocaOp, memref::ViewOp>(
            def))
      return {};
    for (Operation *user : out.getUsers()) {
      bool before = user->getBlock() == root->getBlock() &&
                    user->isBeforeInBlock(root);
      if (user != root && user != epilogue && !before &&
          !isa<memref::DeallocOp>(user))
        return {};
    }
  }
  // Its operands, available at the root: views taken between the two must
  // be of buffers that are.
  SmallVector<Operation *> hoisted;
  for (Value operand : epilogue->getOperands()) {
    Operation *def = operand.getDefiningOp();
    if (!def || def->getBlock() != root->getBlock() ||
        def->isBeforeInBlock(root))
      continue;
    if (!isMemoryEffectFree(def) ||
        llvm::any_of(def->getOperands(), [&](Value v) {
          Operation *d = v.getDefiningOp();
          return d && d->getBlock() == root->getBlock() &&
                 !d->isBeforeInBlock(root);
        }))
      return {};
    hoisted.push_back(def);
  }
  // Its operands, indexed at the root's output positions.
  AffineMap toEpilogue = rootToEpilogue(root, readMap);
  for (OpOperand &operand : epilogue->getOpOperands()) {
    if (&operand == read)
      continue;
    auto type = dyn_cast<MemRefType>(operand.get().getType());
    if (!type || (type.getRank() > 0 && !type.isLastDimUnitStride()))
      return {};
    std::optional<int64_t> stride = epilogueLaneStride(
        epilogue.getMatchingIndexingMap(&operand).compose(toEpilogue),
        access.laneDim, type);
    if (!stride || (operand.get() == dest && *stride == 0))
      return {};
  }
  for (Operation *op : hoisted)
    op->moveBefore(root);
  return epilogue;
}

namespace {

/// Builds one micro-kernel; holds the values shared by its parts.
class MicroKernelBuilder {
public:
  MicroKernelBuilder(linalg::GenericOp generic, const MicroKernelSpec &spec)
      : generic(generic), spec(spec), loc(generic.getLoc()),
        n(spec.registerTile.size()) {
    for (utils::IteratorType t : generic.getIteratorTypesArray())
      isReduction.push_back(t == utils::IteratorType::reduction);
    maps = generic.getIndexingMapsArray();
  }

  FailureOr<SmallVector<affine::AffineForOp>>
  build(ArrayRef<affine::AffineForOp> band);

private:
  Value index(OpBuilder &b, int64_t v) {
    return arith::ConstantIndexOp::create(b, loc, v);
  }
  VectorType vectorOf(Type scalar) {
    return VectorType::get({spec.vectorWidth}, scalar);
  }
  /// The iteration dims' values for one block position and lane vector.
  SmallVector<Value> dimValues(ArrayRef<int64_t> position, int64_t vec);
  /// The memref indices that `map` (over the iteration dims) gives at one
  /// block position and lane vector.
  SmallVector<Value> indices(OpBuilder &b, AffineMap map,
                             ArrayRef<int64_t> position, int64_t vec);
  /// The value of `memref` indexed by `map` (over the iteration dims) at
  /// one block position and lane vector, as a vector: a broadcast scalar
  /// (`stride` 0), a masked load (1), the even lanes of two masked loads
  /// (2) or a masked gather.
  Value loadVector(OpBuilder &b, Value memref, AffineMap map, int64_t stride,
                   ArrayRef<int64_t> position, int64_t vec);
  /// Values already loaded for one operand: the key is, per row dim, the
  /// offset if the operand's index uses it (else -1), then the lane vector
  /// if it depends on the lane dim (else -1).
  using LoadCache = std::map<SmallVector<int64_t>, Value>;
  /// loadVector, once per distinct value in `cache`.
  Value loadOnce(OpBuilder &b, LoadCache &cache, Value memref, AffineMap map,
                 int64_t stride, ArrayRef<int64_t> position, int64_t vec);
  /// `spec.vectorWidth` multiples of `stride`: the lane offsets of a
  /// gather or scatter.
  Value laneOffsets(OpBuilder &b, int64_t stride);
  /// Whether `bounds[d] == at(d)` for every reduction dim d: the band is
  /// the first block of every reduction (lower bounds at 0) or the last
  /// (upper bounds at the extents).
  Value everyReductionAt(OpBuilder &b, ArrayRef<Value> bounds,
                         function_ref<int64_t(unsigned)> at);
  /// Stores the accumulators `results` into the output, or, with an
  /// epilogue, its values into the epilogue's destination once the
  /// reductions are complete.
  void storeResults(OpBuilder &b, ArrayRef<Value> results);
  /// `body` on vectors, its block arguments mapped in `map`; returns the
  /// yielded vector. A multiply whose only use is an add becomes part of a
  /// vector.fma; values from outside the body are broadcast.
  Value applyBody(OpBuilder &b, Block &body, IRMapping &map);
  /// The initial accumulators: from spec.init at the first block of the
  /// reductions, else loaded from the output.
  SmallVector<Value> initialAccumulators(OpBuilder &b);
  /// One step of every reduction loop: the new accumulators.
  SmallVector<Value> step(OpBuilder &b, ValueRange accs);
  /// Nests the reduction loops from `level` inward around `step`.
  SmallVector<Value> nestReductions(OpBuilder &b, unsigned level,
                                    ValueRange accs);

  linalg::GenericOp generic;
  const MicroKernelSpec &spec;
  Location loc;
  unsigned n;
  SmallVector<bool> isReduction;
  SmallVector<AffineMap> maps;

  // Per dim: its loop's bounds, its current value (register-tile loop or
  // reduction loop induction variable).
  SmallVector<Value> lower, upper, current;
  // The unrolled block dims and, per position, each one's offset.
  SmallVector<int64_t> rowDims;
  SmallVector<SmallVector<int64_t>> positions;
  // Per (row dim, offset): the clamped row.
  std::map<std::pair<int64_t, int64_t>, Value> rows;
  // Per lane vector: its first element along the lane dim, its number of
  // lanes in the tile (may be <= 0 or exceed the width) and its mask.
  SmallVector<Value> laneBase, laneCount, laneMask;
  // The reduction loops, outermost first: (dim, is the tile loop of a split
  // dim, split size).
  struct Level {
    int64_t dim;
    bool tileLoop;
    int64_t size;
  };
  SmallVector<Level> levels;
  SmallVector<scf::ForOp> reductionLoops;
};

} // namespace

SmallVector<Value> MicroKernelBuilder::dimValues(ArrayRef<int64_t> position,
                                                 int64_t vec) {
  SmallVector<Value> values(current);
  for (auto [k, d] : llvm::enumerate(rowDims))
    values[d] = rows.at({d, position[k]});
  values[spec.access.laneDim] = laneBase[vec];
  return values;
}

SmallVector<Value> MicroKernelBuilder::indices(OpBuilder &b, AffineMap map,
                                               ArrayRef<int64_t> position,
                                               int64_t vec) {
  SmallVector<Value> dims = dimValues(position, vec);
  SmallVector<Value> result;
  for (AffineExpr e : map.getResults())
    result.push_back(affine::expandAffineExpr(b, loc, e, dims, {}));
  return result;
}

Value MicroKernelBuilder::loadVector(OpBuilder &b, Value memref,
                                     AffineMap map, int64_t stride,
                                     ArrayRef<int64_t> position, int64_t vec) {
  Type scalar = cast<MemRefType>(memref.getType()).getElementType();
  VectorType type = vectorOf(scalar);
  SmallVector<Value> idx = indices(b, map, position, vec);
  if (stride == 0)
    return vector::BroadcastOp::create(
        b, loc, type, memref::LoadOp::create(b, loc, memref, idx));
  if (stride == 2 &&
      cast<MemRefType>(memref.getType()).isLastDimUnitStride())
    return loadEvenLanes(b, loc, type, memref, idx, laneCount[vec]);
  Value zero = arith::ConstantOp::create(b, loc, b.getZeroAttr(type));
  if (stride == 1)
    return vector::MaskedLoadOp::create(b, loc, type, memref, idx,
                                        laneMask[vec], zero);
  return vector::GatherOp::create(b, loc, type, memref, idx,
                                  laneOffsets(b, stride), laneMask[vec], zero);
}

Value MicroKernelBuilder::loadOnce(OpBuilder &b, LoadCache &cache,
                                   Value memref, AffineMap map, int64_t stride,
                                   ArrayRef<int64_t> position, int64_t vec) {
  SmallVector<int64_t> key;
  for (auto [k, d] : llvm::enumerate(rowDims))
    key.push_back(map.isFunctionOfDim(d) ? position[k] : -1);
  key.push_back(stride ? vec : -1);
  Value &slot = cache[key];
  if (!slot)
    slot = loadVector(b, memref, map, stride, position, vec);
  return slot;
}

Value MicroKernelBuilder::laneOffsets(OpBuilder &b, int64_t stride) {
  SmallVector<int64_t> offsets;
  for (int64_t l = 0; l < spec.vectorWidth; ++l)
    offsets.push_back(l * stride);
  auto offsetType = VectorType::get({spec.vectorWidth}, b.getI64Type());
  return arith::ConstantOp::create(
      b, loc, DenseElementsAttr::get(offsetType, ArrayRef(offsets)));
}

Value MicroKernelBuilder::everyReductionAt(
    OpBuilder &b, ArrayRef<Value> bounds, function_ref<int64_t(unsigned)> at) {
  Value all = arith::ConstantIntOp::create(b, loc, 1, 1);
  for (unsigned d = 0; d < n; ++d)
    if (isReduction[d])
      all = arith::AndIOp::create(
          b, loc, all,
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, bounds[d],
                                index(b, at(d))));
  return all;
}

void MicroKernelBuilder::storeResults(OpBuilder &b, ArrayRef<Value> results) {
  unsigned out = generic.getNumDpsInputs();
  Value outMemref = generic.getDpsInits()[0];
  int64_t numVectors = laneBase.size();
  auto storeAccumulators = [&](OpBuilder &b) {
    for (auto [p, position] : llvm::enumerate(positions))
      for (int64_t v = 0; v < numVectors; ++v)
        vector::MaskedStoreOp::create(b, loc, outMemref,
                                      indices(b, maps[out], position, v),
                                      laneMask[v], results[p * numVectors + v]);
  };
  linalg::GenericOp epilogue = spec.epilogue;
  if (!epilogue) {
    storeAccumulators(b);
    return;
  }
  // The epilogue's values: all computed (every load of its operands done)
  // before the first store, so that clamped rows and an epilogue writing
  // in place over an operand see the values from before.
  auto storeEpilogue = [&](OpBuilder &b) {
    OpOperand *read = nullptr;
    for (OpOperand *input : epilogue.getDpsInputOperands())
      if (input->get() == outMemref)
        read = input;
    AffineMap toEpilogue =
        rootToEpilogue(generic, epilogue.getMatchingIndexingMap(read));
    Block &body = *epilogue.getBody();
    SmallVector<LoadCache> loaded(epilogue.getNumDpsInputs());
    SmallVector<Value> values;
    for (auto [p, position] : llvm::enumerate(positions)) {
      for (int64_t v = 0; v < numVectors; ++v) {
        IRMapping map;
        for (OpOperand *input : epilogue.getDpsInputOperands()) {
          unsigned i = input->getOperandNumber();
          BlockArgument arg = body.getArgument(i);
          if (arg.use_empty())
            continue;
          if (input == read) {
            map.map(arg, results[p * numVectors + v]);
            continue;
          }
          AffineMap composed =
              epilogue.getMatchingIndexingMap(input).compose(toEpilogue);
          int64_t stride = *epilogueLaneStride(
              composed, spec.access.laneDim,
              cast<MemRefType>(input->get().getType()));
          map.map(arg, loadOnce(b, loaded[i], input->get(), composed, stride,
                                position, v));
        }
        values.push_back(applyBody(b, body, map));
      }
    }
    OpOperand *dest = epilogue.getDpsInitOperand(0);
    AffineMap destMap =
        epilogue.getMatchingIndexingMap(dest).compose(toEpilogue);
    int64_t stride =
        *epilogueLaneStride(destMap, spec.access.laneDim,
                            cast<MemRefType>(dest->get().getType()));
    for (auto [p, position] : llvm::enumerate(positions)) {
      for (int64_t v = 0; v < numVectors; ++v) {
        SmallVector<Value> idx = indices(b, destMap, position, v);
        Value value = values[p * numVectors + v];
        if (stride == 1)
          vector::MaskedStoreOp::create(b, loc, dest->get(), idx, laneMask[v],
                                        value);
        else
          vector::ScatterOp::create(b, loc, Type(), dest->get(), idx,
                                    laneOffsets(b, stride), laneMask[v],
                                    value);
      }
    }
  };
  // The reductions are complete in the last block of each.
  SmallVector<int64_t> extents = generic.getStaticLoopRanges();
  Value last =
      everyReductionAt(b, upper, [&](unsigned d) { return extents[d]; });
  scf::IfOp::create(
      b, loc, last,
      [&](OpBuilder &then, Location) {
        storeEpilogue(then);
        scf::YieldOp::create(then, loc);
      },
      [&](OpBuilder &otherwise, Location) {
        storeAccumulators(otherwise);
        scf::YieldOp::create(otherwise, loc);
      });
}

Value MicroKernelBuilder::applyBody(OpBuilder &b, Block &body,
                                    IRMapping &map) {
  llvm::SmallPtrSet<Operation *, 4> fusedMuls;
  for (Operation &op : body.without_terminator())
    if (auto add = dyn_cast<arith::AddFOp>(op))
      for (Value operand : add->getOperands())
        if (auto mul = operand.getDefiningOp<arith::MulFOp>())
          if (mul->getBlock() == &body && mul->hasOneUse()) {
            fusedMuls.insert(mul);
            break;
          }
  auto vectorize = [&](Value v) -> Value {
    if (Value m = map.lookupOrNull(v))
      return m;
    Value splat = vector::BroadcastOp::create(b, loc, vectorOf(v.getType()), v);
    map.map(v, splat);
    return splat;
  };
  for (Operation &op : body.without_terminator()) {
    if (fusedMuls.contains(&op))
      continue;
    if (auto c = dyn_cast<arith::ConstantOp>(op)) {
      auto type = vectorOf(c.getType());
      map.map(c.getResult(),
              arith::ConstantOp::create(
                  b, loc, SplatElementsAttr::get(type, c.getValue())));
      continue;
    }
    if (auto add = dyn_cast<arith::AddFOp>(op)) {
      Value lhs = add.getLhs(), rhs = add.getRhs();
      auto mul = lhs.getDefiningOp<arith::MulFOp>();
      if (!mul || !fusedMuls.contains(mul)) {
        mul = rhs.getDefiningOp<arith::MulFOp>();
        std::swap(lhs, rhs);
      }
      if (mul && fusedMuls.contains(mul)) {
        map.map(add.getResult(),
                vector::FMAOp::create(b, loc, vectorize(mul.getLhs()),
                                      vectorize(mul.getRhs()), vectorize(rhs)));
        continue;
      }
    }
    OperationState state(loc, op.getName());
    for (Value operand : op.getOperands())
      state.addOperands(vectorize(operand));
    for (Type t : op.getResultTypes())
      state.addTypes(vectorOf(t));
    state.addAttributes(op.getAttrs());
    Operation *clone = b.create(state);
    map.map(op.getResults(), clone->getResults());
  }
  return vectorize(body.getTerminator()->getOperand(0));
}

SmallVector<Value> MicroKernelBuilder::initialAccumulators(OpBuilder &b) {
  unsigned out = generic.getNumDpsInputs();
  Value outMemref = generic.getDpsInits()[0];
  AffineMap outMap = maps[out];
  int64_t numVectors = laneBase.size();
  // The first block of every reduction starts from the initial value.
  Value first;
  if (spec.init)
    first = everyReductionAt(b, lower, [](unsigned) { return 0; });
  linalg::GenericOp init = spec.init;
  SmallVector<LoadCache> loaded(init ? init.getNumDpsInputs() : 0);
  SmallVector<Value> accs;
  for (ArrayRef<int64_t> position : positions) {
    for (int64_t v = 0; v < numVectors; ++v) {
      Value acc = loadVector(b, outMemref, outMap, 1, position, v);
      if (init) {
        Block &body = *init.getBody();
        SmallVector<AffineMap> initMaps = init.getIndexingMapsArray();
        IRMapping map;
        for (auto [i, input] : llvm::enumerate(init.getDpsInputs())) {
          if (body.getArgument(i).use_empty())
            continue;
          AffineMap composed = initMaps[i].compose(outMap);
          int64_t stride = *kernel::laneStride(composed, spec.access.laneDim);
          map.map(body.getArgument(i), loadOnce(b, loaded[i], input, composed,
                                                stride, position, v));
        }
        Value start = applyBody(b, body, map);
        acc = arith::SelectOp::create(b, loc, first, start, acc);
      }
      accs.push_back(acc);
    }
  }
  return accs;
}

SmallVector<Value> MicroKernelBuilder::step(OpBuilder &b, ValueRange accs) {
  Block &body = *generic.getBody();
  unsigned numInputs = generic.getNumDpsInputs();
  int64_t numVectors = laneBase.size();
  // Each operand value the block needs, loaded once.
  SmallVector<LoadCache> loaded(numInputs);
  SmallVector<Value> result;
  for (auto [p, position] : llvm::enumerate(positions)) {
    for (int64_t vec = 0; vec < numVectors; ++vec) {
      IRMapping map;
      for (unsigned i = 0; i < numInputs; ++i)
        if (!body.getArgument(i).use_empty())
          map.map(body.getArgument(i),
                  loadOnce(b, loaded[i], generic.getDpsInputs()[i], maps[i],
                           spec.access.inputStrides[i], position, vec));
      map.map(body.getArgument(numInputs), accs[p * numVectors + vec]);
      result.push_back(applyBody(b, body, map));
    }
  }
  return result;
}

SmallVector<Value> MicroKernelBuilder::nestReductions(OpBuilder &b,
                                                      unsigned level,
                                                      ValueRange accs) {
  if (level == levels.size())
    return step(b, accs);
  Level l = levels[level];
  Value lb, ub, stepValue;
  if (l.tileLoop) {
    lb = lower[l.dim];
    ub = upper[l.dim];
    stepValue = index(b, l.size);
  } else if (level > 0 && levels[level - 1].dim == l.dim) {
    // Within a split: from the tile loop's value to the tile's end.
    lb = current[l.dim];
    ub = arith::MinSIOp::create(
        b, loc, arith::AddIOp::create(b, loc, lb, index(b, levels[level - 1].size)),
        upper[l.dim]);
    stepValue = index(b, 1);
  } else {
    lb = lower[l.dim];
    ub = upper[l.dim];
    stepValue = index(b, 1);
  }
  auto loop = scf::ForOp::create(
      b, loc, lb, ub, stepValue, accs,
      [&](OpBuilder &nested, Location, Value iv, ValueRange args) {
        current[l.dim] = iv;
        scf::YieldOp::create(nested, loc,
                             nestReductions(nested, level + 1, args));
      });
  reductionLoops.push_back(loop);
  return loop.getResults();
}

FailureOr<SmallVector<affine::AffineForOp>>
MicroKernelBuilder::build(ArrayRef<affine::AffineForOp> band) {
  // The band's bounds may only depend on loops outside it.
  llvm::SmallPtrSet<Value, 8> bandIvs;
  for (affine::AffineForOp loop : band)
    bandIvs.insert(loop.getInductionVar());
  for (affine::AffineForOp loop : band)
    for (Value v : loop->getOperands())
      if (bandIvs.contains(v))
        return failure();
  affine::AffineForOp outermost = band[spec.order.front()];
  OpBuilder b(outermost);
  lower.resize(n);
  upper.resize(n);
  current.resize(n);
  for (unsigned d = 0; d < n; ++d) {
    lower[d] = lowerAffineLowerBound(band[d], b);
    upper[d] = lowerAffineUpperBound(band[d], b);
  }
  int64_t lane = spec.access.laneDim;
  int64_t width = spec.vectorWidth;
  // The loops over register tiles.
  SmallVector<affine::AffineForOp> tileLoops(n);
  for (int64_t d : spec.order) {
    if (isReduction[d])
      continue;
    affine::AffineForOp old = band[d];
    auto loop = affine::AffineForOp::create(
        b, loc, old.getLowerBoundOperands(), old.getLowerBoundMap(),
        old.getUpperBoundOperands(), old.getUpperBoundMap(),
        std::max<int64_t>(spec.registerTile[d], 1));
    tileLoops[d] = loop;
    current[d] = loop.getInductionVar();
    b.setInsertionPointToStart(loop.getBody());
  }
  // Rows: clamped to the last one.
  positions.push_back({});
  for (int64_t d : spec.order) {
    if (isReduction[d] || d == lane || spec.registerTile[d] <= 1)
      continue;
    rowDims.push_back(d);
    Value last = arith::SubIOp::create(b, loc, upper[d], index(b, 1));
    SmallVector<SmallVector<int64_t>> grown;
    for (int64_t off = 0; off < spec.registerTile[d]; ++off) {
      rows[{d, off}] =
          off == 0 ? current[d]
                   : arith::MinSIOp::create(
                         b, loc,
                         arith::AddIOp::create(b, loc, current[d],
                                               index(b, off)),
                         last)
                         .getResult();
      for (const SmallVector<int64_t> &p : positions) {
        grown.push_back(p);
        grown.back().push_back(off);
      }
    }
    positions = std::move(grown);
  }
  // Lane vectors: masked past the end of the tile and of the dim.
  int64_t laneTile = std::max<int64_t>(spec.registerTile[lane], 1);
  int64_t numVectors = llvm::divideCeil(laneTile, width);
  Value laneEnd = arith::MinSIOp::create(
      b, loc, arith::AddIOp::create(b, loc, current[lane], index(b, laneTile)),
      upper[lane]);
  auto maskType = VectorType::get({width}, b.getI1Type());
  for (int64_t v = 0; v < numVectors; ++v) {
    Value base = v == 0 ? current[lane]
                        : arith::AddIOp::create(b, loc, current[lane],
                                                index(b, v * width))
                              .getResult();
    laneBase.push_back(base);
    Value count = arith::SubIOp::create(b, loc, laneEnd, base);
    laneCount.push_back(count);
    laneMask.push_back(
        vector::CreateMaskOp::create(b, loc, maskType, ValueRange{count}));
  }
  // Accumulators, reduction loops, stores.
  SmallVector<Value> accs = initialAccumulators(b);
  for (int64_t d : spec.order) {
    if (!isReduction[d])
      continue;
    if (spec.registerTile[d] > 0)
      levels.push_back({d, true, spec.registerTile[d]});
    levels.push_back({d, false, spec.registerTile[d]});
  }
  SmallVector<Value> results = nestReductions(b, 0, accs);
  storeResults(b, results);
  outermost.erase();
  // The innermost reduction loop was built last but finished first.
  if (spec.unroll > 1 && !reductionLoops.empty())
    (void)loopUnrollByFactor(reductionLoops.front(), spec.unroll);
  return tileLoops;
}

FailureOr<SmallVector<affine::AffineForOp>>
dlc::emitMicroKernel(linalg::GenericOp generic, const MicroKernelSpec &spec,
                     ArrayRef<affine::AffineForOp> band) {
  return MicroKernelBuilder(generic, spec).build(band);
}

Value dlc::loadEvenLanes(OpBuilder &b, Location loc, VectorType type,
                         Value memref, SmallVector<Value> indices,
                         Value count) {
  int64_t width = type.getNumElements();
  auto maskType = VectorType::get({width}, b.getI1Type());
  auto index = [&](int64_t v) {
    return arith::ConstantIndexOp::create(b, loc, v);
  };
  auto maskOf = [&](Value lanes) {
    return vector::CreateMaskOp::create(b, loc, maskType, ValueRange{lanes});
  };
  Value zero = arith::ConstantOp::create(b, loc, b.getZeroAttr(type));
  // `count` lanes read 2 * count - 1 elements (masks clamp to [0, width]).
  Value need = arith::SubIOp::create(
      b, loc, arith::MulIOp::create(b, loc, count, index(2)), index(1));
  Value first = vector::MaskedLoadOp::create(b, loc, type, memref, indices,
                                             maskOf(need), zero);
  indices.back() = arith::AddIOp::create(b, loc, indices.back(), index(width));
  Value rest = arith::SubIOp::create(b, loc, need, index(width));
  Value second = vector::MaskedLoadOp::create(b, loc, type, memref, indices,
                                              maskOf(rest), zero);
  SmallVector<int64_t> even;
  for (int64_t l = 0; l < width; ++l)
    even.push_back(2 * l);
  return vector::ShuffleOp::create(b, loc, first, second, even);
}
