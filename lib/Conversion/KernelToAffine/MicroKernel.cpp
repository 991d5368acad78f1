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
// An input that is a padded copy made just before the kernel (a depthwise
// conv's or a pooling window's input: the copy into the interior of a
// buffer of its own and the fills of its borders; findPaddedInput) is read
// from the copy's source instead, each load masked to the source's row
// (masked-off lanes take the pad value; their addresses may lie outside
// the source, which masked loads allow), and the copy and the fills are
// erased: the copy was a third of a depthwise conv's time. The reduction
// nest is built twice, under an scf.if on whether the block's rows (its
// window's included) stay inside the source: most blocks then pay nothing
// for masking rows, and those along the first and last rows also mask
// whole rows outside.
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
  if (!kernel::isLaneSafeBody(body, /*floatMath=*/true) ||
      !body.getArguments().back().use_empty())
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

/// The buffer `v` views (through views, subviews, reshapes and casts) and,
/// when known, the bytes of it that `v` may reach.
struct BufferExtent {
  Value base;
  std::optional<std::pair<int64_t, int64_t>> bytes;
};

static BufferExtent extentOf(Value v) {
  BufferExtent extent;
  bool outermost = true;
  while (Operation *def = v.getDefiningOp()) {
    if (auto view = dyn_cast<memref::ViewOp>(def)) {
      MemRefType type = view.getType();
      std::optional<int64_t> shift = getConstantIntValue(view.getByteShift());
      // The first view seen spans everything below it; a view of a view
      // would shift the range again, so its bytes are not kept.
      if (outermost && shift && type.hasStaticShape())
        extent.bytes = {*shift,
                        *shift + type.getNumElements() *
                                     llvm::divideCeil(
                                         type.getElementTypeBitWidth(), 8)};
      else
        extent.bytes.reset();
      outermost = false;
      v = view.getSource();
      continue;
    }
    if (!isa<memref::SubViewOp, memref::CollapseShapeOp,
             memref::ExpandShapeOp, memref::CastOp,
             memref::ReinterpretCastOp>(def))
      break;
    v = def->getOperand(0);
  }
  if (!outermost && v.getDefiningOp())
    extent.bytes.reset();
  extent.base = v;
  return extent;
}

/// Whether the buffers `a` and `b` cannot share an element: distinct
/// allocations, distinct function arguments marked `llvm.noalias`, or
/// disjoint byte ranges of one (the arena's planned slices).
static bool distinctBuffers(Value a, Value b) {
  BufferExtent ea = extentOf(a), eb = extentOf(b);
  if (ea.base == eb.base)
    return ea.bytes && eb.bytes &&
           (ea.bytes->second <= eb.bytes->first ||
            eb.bytes->second <= ea.bytes->first);
  auto fresh = [](Value v) {
    return isa_and_present<memref::AllocOp, memref::AllocaOp,
                           memref::GetGlobalOp>(v.getDefiningOp());
  };
  if (fresh(ea.base) || fresh(eb.base))
    return true;
  auto noalias = [](Value v) {
    auto arg = dyn_cast<BlockArgument>(v);
    auto func = arg ? dyn_cast<FunctionOpInterface>(
                          arg.getOwner()->getParentOp())
                    : FunctionOpInterface();
    return func && arg.getOwner()->isEntryBlock() &&
           func.getArgAttr(arg.getArgNumber(), "llvm.noalias");
  };
  return noalias(ea.base) && noalias(eb.base);
}

std::optional<PaddedInput>
dlc::findPaddedInput(linalg::GenericOp root, unsigned input,
                     const kernel::RegisterTileAccess &access,
                     ArrayRef<Value> written) {
  int64_t stride = access.inputStrides[input];
  if (stride < 0 || stride > 2)
    return std::nullopt;
  Value padded = root.getDpsInputs()[input];
  auto type = dyn_cast<MemRefType>(padded.getType());
  if (!type || !type.hasStaticShape() || !type.getLayout().isIdentity() ||
      !isa_and_present<memref::ViewOp, memref::AllocOp, memref::AllocaOp>(
          padded.getDefiningOp()))
    return std::nullopt;
  // Worth it where the copy is a large part of the time.
  if (!kernel::readsPaddedInputFewTimes(root.getStaticLoopRanges(),
                                        type.getNumElements()))
    return std::nullopt;
  Block *block = root->getBlock();
  PaddedInput result;
  result.input = input;
  linalg::GenericOp copy;
  for (OpOperand &use : padded.getUses()) {
    Operation *user = use.getOwner();
    if (user == root) {
      if (use.getOperandNumber() != input)
        return std::nullopt;
      continue;
    }
    auto subview = dyn_cast<memref::SubViewOp>(user);
    if (!subview || !subview->hasOneUse() || !subview.hasUnitStride() ||
        ShapedType::isDynamicShape(subview.getStaticOffsets()) ||
        !subview.getType().hasStaticShape())
      return std::nullopt;
    auto writer = dyn_cast<linalg::GenericOp>(*subview->user_begin());
    if (!writer || writer->getBlock() != block ||
        !writer->isBeforeInBlock(root) || !writer.hasPureBufferSemantics() ||
        writer.getNumDpsInits() != 1 ||
        writer.getDpsInits()[0] != subview.getResult() ||
        writer.getNumReductionLoops() != 0)
      return std::nullopt;
    SmallVector<AffineMap> maps = writer.getIndexingMapsArray();
    Block &body = *writer.getBody();
    Value yielded = body.getTerminator()->getOperand(0);
    if (!maps.back().isIdentity() || !body.getArguments().back().use_empty())
      return std::nullopt;
    if (writer.getNumDpsInputs() == 1 && yielded == body.getArgument(0) &&
        maps.front().isIdentity()) {
      // The copy of the source into the interior.
      Value source = writer.getDpsInputs()[0];
      auto sourceType = dyn_cast<MemRefType>(source.getType());
      if (copy || !sourceType ||
          sourceType.getShape() != subview.getType().getShape() ||
          !sourceType.isLastDimUnitStride())
        return std::nullopt;
      copy = writer;
      result.source = source;
      result.offsets.assign(subview.getStaticOffsets().begin(),
                            subview.getStaticOffsets().end());
    } else if (writer.getNumDpsInputs() == 0) {
      // A fill of a border with the pad value.
      Attribute value;
      if (!matchPattern(yielded, m_Constant(&value)) ||
          (result.padValue && result.padValue != value))
        return std::nullopt;
      result.padValue = dyn_cast<TypedAttr>(value);
      if (!result.padValue)
        return std::nullopt;
    } else {
      return std::nullopt;
    }
    result.writers.push_back(writer);
  }
  if (!copy || !result.padValue ||
      result.padValue.getType() != type.getElementType())
    return std::nullopt;
  // The source keeps the value it was copied with until the root has read
  // it: what writes memory between the copy and the root, and the root
  // itself, writes other buffers.
  for (Value v : written)
    if (!distinctBuffers(v, result.source))
      return std::nullopt;
  for (Operation *op = copy->getNextNode(); op != root.getOperation();
       op = op->getNextNode()) {
    if (llvm::is_contained(result.writers, op) || isMemoryEffectFree(op))
      continue;
    auto generic = dyn_cast<linalg::GenericOp>(op);
    if (!generic || !generic.hasPureBufferSemantics() ||
        !llvm::all_of(generic.getDpsInits(), [&](Value init) {
          return distinctBuffers(init, result.source);
        }))
      return std::nullopt;
  }
  return result;
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
    for (const PaddedInput &padded : spec.padded)
      paddedOf[generic.getDpsInputs()[padded.input]] = &padded;
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
  /// block position and lane vector (with the lane dim at its element
  /// `lane`).
  SmallVector<Value> indices(OpBuilder &b, AffineMap map,
                             ArrayRef<int64_t> position, int64_t vec,
                             int64_t lane = 0);
  /// The value of `memref` indexed by `map` (over the iteration dims) at
  /// one block position and lane vector, as a vector: a broadcast scalar
  /// (`stride` 0), a masked load (1), the even lanes of two masked loads
  /// (2) or a masked gather.
  Value loadVector(OpBuilder &b, Value memref, AffineMap map, int64_t stride,
                   ArrayRef<int64_t> position, int64_t vec);
  /// loadVector for a padded input, at `idx` of the padded buffer, read
  /// from its source: masked to the source's bounds where the block may
  /// read outside them (`reads`).
  Value loadPadded(OpBuilder &b, const PaddedInput &padded,
                   SmallVector<Value> idx, int64_t stride, int64_t vec);
  /// Whether index `d` of a padded input may fall outside its source: the
  /// source does not span that dim of the padded buffer.
  bool mayLeave(const PaddedInput &padded, unsigned d);
  /// Whether every element the block reads of each padded input lies
  /// within its source along every dim but the one the lanes run along
  /// (the last, for an input the lanes move along; for one they do not,
  /// along every dim); false where that cannot be told.
  Value rowsInside(OpBuilder &b);
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
  /// Whether the epilogue's operands indexed across the lanes (`across`:
  /// their maps, over the iteration dims) can be read and written four rows
  /// at a time: the block has one row dim, in groups of four, that indexes
  /// each of them along its innermost, contiguous dim (a channels-last
  /// convolution's block of four output columns, stored into NCHW), with
  /// 16 lanes of f32.
  bool rowsAlongInnermost(ArrayRef<std::pair<Value, AffineMap>> across);
  /// Whether the block is whole: its rows (one row dim) unclamped and
  /// every lane vector full.
  Value wholeBlock(OpBuilder &b);
  /// The values of `memref` (indexed by `map` across the lanes) at every
  /// block position and lane vector, read as four contiguous rows per lane
  /// and transposed in registers instead of gathered.
  SmallVector<Value> loadAcross(OpBuilder &b, Value memref, AffineMap map);
  /// Writes `values` (per block position and lane vector) into `memref`
  /// (indexed by `map` across the lanes) as four contiguous rows per lane,
  /// transposed in registers instead of scattered.
  void storeAcross(OpBuilder &b, Value memref, AffineMap map,
                   ArrayRef<Value> values);
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
  // The padded inputs read from their source, by the buffer the root reads,
  // and where the reduction being built may read them: inside the sources'
  // rows (along every dim but the lanes'), or anywhere.
  llvm::DenseMap<Value, const PaddedInput *> paddedOf;
  enum class Reads { RowsInside, Anywhere } reads = Reads::Anywhere;

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
                                               int64_t vec, int64_t lane) {
  SmallVector<Value> dims = dimValues(position, vec);
  Value &laneDim = dims[spec.access.laneDim];
  if (lane)
    laneDim = arith::AddIOp::create(b, loc, laneDim, index(b, lane));
  SmallVector<Value> result;
  for (AffineExpr e : map.getResults())
    result.push_back(affine::expandAffineExpr(b, loc, e, dims, {}));
  return result;
}

/// Four 16-lane vectors x0..x3 transposed within each group of four lanes:
/// lanes 4k..4k+3 of result j are lane 4k + j of x0..x3. Its own inverse.
/// Two rounds of unpacks (pairs of floats, then pairs of pairs), which x86
/// has as single instructions.
static SmallVector<Value> transposeLaneGroups(OpBuilder &b, Location loc,
                                              ArrayRef<Value> x) {
  auto mask = [](int64_t base, bool pairs) {
    SmallVector<int64_t> m;
    for (int64_t k = 0; k < 4; ++k)
      for (int64_t i = 0; i < 4; ++i)
        m.push_back(pairs ? 4 * k + base + i % 2 + (i / 2) * 16
                          : 4 * k + base + i / 2 + (i % 2) * 16);
    return m;
  };
  auto shuffle = [&](Value l, Value r, ArrayRef<int64_t> m) -> Value {
    return vector::ShuffleOp::create(b, loc, l, r, m);
  };
  Value t0 = shuffle(x[0], x[1], mask(0, false));
  Value t1 = shuffle(x[0], x[1], mask(2, false));
  Value t2 = shuffle(x[2], x[3], mask(0, false));
  Value t3 = shuffle(x[2], x[3], mask(2, false));
  return {shuffle(t0, t2, mask(0, true)), shuffle(t0, t2, mask(2, true)),
          shuffle(t1, t3, mask(0, true)), shuffle(t1, t3, mask(2, true))};
}

bool MicroKernelBuilder::rowsAlongInnermost(
    ArrayRef<std::pair<Value, AffineMap>> across) {
  if (spec.vectorWidth != 16 || rowDims.size() != 1 ||
      spec.registerTile[rowDims[0]] % 4 != 0)
    return false;
  int64_t d = rowDims[0];
  for (auto [memref, map] : across) {
    auto type = cast<MemRefType>(memref.getType());
    if (!type.getElementType().isF32() || !type.isLastDimUnitStride() ||
        map.getNumResults() == 0 ||
        map.getResults().back() != getAffineDimExpr(d, map.getContext()))
      return false;
  }
  return true;
}

Value MicroKernelBuilder::wholeBlock(OpBuilder &b) {
  int64_t d = rowDims.front();
  Value end = arith::AddIOp::create(b, loc, current[d],
                                    index(b, spec.registerTile[d]));
  Value whole =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sle, end, upper[d]);
  for (Value count : laneCount)
    whole = arith::AndIOp::create(
        b, loc, whole,
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge, count,
                              index(b, spec.vectorWidth)));
  return whole;
}

SmallVector<Value> MicroKernelBuilder::loadAcross(OpBuilder &b, Value memref,
                                                  AffineMap map) {
  int64_t numVectors = laneBase.size();
  SmallVector<Value> values(positions.size() * numVectors);
  auto rowType = VectorType::get({4}, b.getF32Type());
  auto pairType = VectorType::get({8}, b.getF32Type());
  SmallVector<int64_t> first8 = llvm::to_vector(llvm::seq<int64_t>(0, 8));
  SmallVector<int64_t> first16 = llvm::to_vector(llvm::seq<int64_t>(0, 16));
  for (int64_t g = 0; g < static_cast<int64_t>(positions.size()); g += 4) {
    for (int64_t v = 0; v < numVectors; ++v) {
      // Lanes 4k..4k+3 of u[j]: the four rows of lane 4k + j.
      SmallVector<Value> u;
      for (int64_t j = 0; j < 4; ++j) {
        SmallVector<Value> rows;
        for (int64_t k = 0; k < 4; ++k)
          rows.push_back(vector::LoadOp::create(
              b, loc, rowType, memref,
              indices(b, map, positions[g], v, 4 * k + j)));
        Value lo = vector::ShuffleOp::create(b, loc, pairType, rows[0],
                                             rows[1], first8);
        Value hi = vector::ShuffleOp::create(b, loc, pairType, rows[2],
                                             rows[3], first8);
        u.push_back(vector::ShuffleOp::create(b, loc, vectorOf(b.getF32Type()),
                                              lo, hi, first16));
      }
      SmallVector<Value> rows = transposeLaneGroups(b, loc, u);
      for (int64_t i = 0; i < 4; ++i)
        values[(g + i) * numVectors + v] = rows[i];
    }
  }
  return values;
}

void MicroKernelBuilder::storeAcross(OpBuilder &b, Value memref,
                                     AffineMap map, ArrayRef<Value> values) {
  int64_t numVectors = laneBase.size();
  for (int64_t g = 0; g < static_cast<int64_t>(positions.size()); g += 4) {
    for (int64_t v = 0; v < numVectors; ++v) {
      SmallVector<Value> rows;
      for (int64_t i = 0; i < 4; ++i)
        rows.push_back(values[(g + i) * numVectors + v]);
      SmallVector<Value> u = transposeLaneGroups(b, loc, rows);
      for (int64_t j = 0; j < 4; ++j)
        for (int64_t k = 0; k < 4; ++k) {
          Value row = vector::ExtractStridedSliceOp::create(
              b, loc, u[j], ArrayRef<int64_t>{4 * k}, ArrayRef<int64_t>{4},
              ArrayRef<int64_t>{1});
          vector::StoreOp::create(
              b, loc, row, memref,
              indices(b, map, positions[g], v, 4 * k + j));
        }
    }
  }
}

Value MicroKernelBuilder::loadVector(OpBuilder &b, Value memref,
                                     AffineMap map, int64_t stride,
                                     ArrayRef<int64_t> position, int64_t vec) {
  Type scalar = cast<MemRefType>(memref.getType()).getElementType();
  VectorType type = vectorOf(scalar);
  SmallVector<Value> idx = indices(b, map, position, vec);
  if (auto it = paddedOf.find(memref); it != paddedOf.end())
    return loadPadded(b, *it->second, std::move(idx), stride, vec);
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

bool MicroKernelBuilder::mayLeave(const PaddedInput &padded, unsigned d) {
  auto paddedType =
      cast<MemRefType>(generic.getDpsInputs()[padded.input].getType());
  return padded.offsets[d] != 0 ||
         paddedType.getDimSize(d) !=
             cast<MemRefType>(padded.source.getType()).getDimSize(d);
}

Value MicroKernelBuilder::loadPadded(OpBuilder &b, const PaddedInput &padded,
                                     SmallVector<Value> idx, int64_t stride,
                                     int64_t vec) {
  auto sourceType = cast<MemRefType>(padded.source.getType());
  ArrayRef<int64_t> shape = sourceType.getShape();
  VectorType type = vectorOf(sourceType.getElementType());
  auto maskType = VectorType::get({spec.vectorWidth}, b.getI1Type());
  unsigned rank = idx.size();
  bool knownInside = reads == Reads::RowsInside;
  // Into the source's indices; `inside`: whether every index but the last
  // (every index, for a broadcast) is within the source (an unsigned
  // compare: a negative index is a large one), unless the block is known
  // to read only there.
  Value inside;
  for (unsigned d = 0; d < rank; ++d) {
    if (padded.offsets[d] != 0)
      idx[d] = arith::SubIOp::create(b, loc, idx[d],
                                     index(b, padded.offsets[d]));
    if (!mayLeave(padded, d) || (d + 1 == rank && stride != 0) || knownInside)
      continue;
    Value in = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, idx[d],
                                     index(b, shape[d]));
    inside = inside ? arith::AndIOp::create(b, loc, inside, in) : in;
  }
  Value padScalar = arith::ConstantOp::create(b, loc, padded.padValue);
  if (stride == 0) {
    // A scalar: loaded at indices clamped into the source, then the pad
    // value where they were not inside.
    for (unsigned d = 0; d < rank; ++d)
      if (mayLeave(padded, d) && !knownInside)
        idx[d] = arith::MaxSIOp::create(
            b, loc,
            arith::MinSIOp::create(b, loc, idx[d], index(b, shape[d] - 1)),
            index(b, 0));
    Value v = memref::LoadOp::create(b, loc, padded.source, idx);
    if (inside)
      v = arith::SelectOp::create(b, loc, inside, v, padScalar);
    return vector::BroadcastOp::create(b, loc, type, v);
  }
  Value passThru = arith::ConstantOp::create(
      b, loc, SplatElementsAttr::get(type, padded.padValue));
  // The elements of a vector starting `offset` elements after the index
  // that lie in the source's row: lanes [-start, W - start) for start the
  // index along the row plus `offset` (masks clamp to [0, width]), none
  // when the row is outside.
  Value last = idx.back();
  auto valid = [&](OpBuilder &b, int64_t offset) -> Value {
    Value mask;
    if (mayLeave(padded, rank - 1)) {
      Value start = offset ? arith::AddIOp::create(b, loc, last,
                                                   index(b, offset))
                                 .getResult()
                           : last;
      Value before = vector::CreateMaskOp::create(
          b, loc, maskType,
          ValueRange{arith::SubIOp::create(b, loc, index(b, 0), start)});
      Value within = vector::CreateMaskOp::create(
          b, loc, maskType,
          ValueRange{arith::SubIOp::create(b, loc, index(b, shape.back()),
                                           start)});
      Value all = arith::ConstantOp::create(
          b, loc, DenseElementsAttr::get(maskType, true));
      mask = arith::AndIOp::create(
          b, loc, within, arith::XOrIOp::create(b, loc, before, all));
    } else {
      mask = arith::ConstantOp::create(
          b, loc, DenseElementsAttr::get(maskType, true));
    }
    if (inside)
      mask = arith::SelectOp::create(
          b, loc, inside, mask,
          arith::ConstantOp::create(
              b, loc, DenseElementsAttr::get(maskType, false)));
    return mask;
  };
  if (stride == 2)
    return loadEvenLanes(b, loc, type, padded.source, idx, laneCount[vec],
                         valid, passThru);
  Value mask = arith::AndIOp::create(b, loc, laneMask[vec], valid(b, 0));
  return vector::MaskedLoadOp::create(b, loc, type, padded.source, idx, mask,
                                      passThru);
}

Value MicroKernelBuilder::rowsInside(OpBuilder &b) {
  // Per iteration dim, the least and greatest value the block takes: its
  // rows (clamped to the last), its lanes up to the end of the tile, the
  // whole of each reduction loop of the band.
  int64_t lane = spec.access.laneDim;
  SmallVector<Value> least(n), greatest(n);
  for (unsigned d = 0; d < n; ++d) {
    if (isReduction[d]) {
      least[d] = lower[d];
      greatest[d] = arith::SubIOp::create(b, loc, upper[d], index(b, 1));
    } else if (d == static_cast<unsigned>(lane)) {
      least[d] = laneBase.front();
      greatest[d] = arith::SubIOp::create(
          b, loc, arith::AddIOp::create(b, loc, laneBase.front(),
                                        laneCount.front()),
          index(b, 1));
    } else {
      least[d] = current[d];
      greatest[d] = current[d];
      if (llvm::is_contained(rowDims, static_cast<int64_t>(d)))
        greatest[d] = rows.at({d, spec.registerTile[d] - 1});
    }
  }
  // The range of an affine expression over those: sums and constant
  // multiples of dims (a conv's or a pool's window); none for others.
  std::function<std::optional<std::pair<Value, Value>>(AffineExpr)> range =
      [&](AffineExpr e) -> std::optional<std::pair<Value, Value>> {
    if (auto dim = dyn_cast<AffineDimExpr>(e))
      return std::make_pair(least[dim.getPosition()],
                            greatest[dim.getPosition()]);
    if (auto c = dyn_cast<AffineConstantExpr>(e)) {
      Value v = index(b, c.getValue());
      return std::make_pair(v, v);
    }
    auto bin = dyn_cast<AffineBinaryOpExpr>(e);
    if (!bin)
      return std::nullopt;
    if (e.getKind() == AffineExprKind::Add) {
      auto l = range(bin.getLHS()), r = range(bin.getRHS());
      if (!l || !r)
        return std::nullopt;
      return std::make_pair(
          arith::AddIOp::create(b, loc, l->first, r->first).getResult(),
          arith::AddIOp::create(b, loc, l->second, r->second).getResult());
    }
    auto k = dyn_cast<AffineConstantExpr>(bin.getRHS());
    if (e.getKind() != AffineExprKind::Mul || !k)
      return std::nullopt;
    auto l = range(bin.getLHS());
    if (!l)
      return std::nullopt;
    Value factor = index(b, k.getValue());
    Value lo = arith::MulIOp::create(b, loc, l->first, factor);
    Value hi = arith::MulIOp::create(b, loc, l->second, factor);
    return k.getValue() >= 0 ? std::make_pair(lo, hi) : std::make_pair(hi, lo);
  };
  Value inside = arith::ConstantIntOp::create(b, loc, 1, 1);
  for (const PaddedInput *padded : llvm::make_second_range(paddedOf)) {
    ArrayRef<int64_t> shape =
        cast<MemRefType>(padded->source.getType()).getShape();
    AffineMap map = maps[padded->input];
    bool lanes = spec.access.inputStrides[padded->input] != 0;
    for (auto [d, e] : llvm::enumerate(map.getResults())) {
      if ((lanes && d + 1 == map.getNumResults()) || !mayLeave(*padded, d))
        continue;
      std::optional<std::pair<Value, Value>> r = range(e);
      if (!r)
        return arith::ConstantIntOp::create(b, loc, 0, 1);
      Value low = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge,
                                        r->first,
                                        index(b, padded->offsets[d]));
      Value high = arith::CmpIOp::create(
          b, loc, arith::CmpIPredicate::slt, r->second,
          index(b, padded->offsets[d] + shape[d]));
      inside = arith::AndIOp::create(
          b, loc, inside, arith::AndIOp::create(b, loc, low, high));
    }
  }
  return inside;
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
  OpOperand *read = nullptr;
  for (OpOperand *input : epilogue.getDpsInputOperands())
    if (input->get() == outMemref)
      read = input;
  AffineMap toEpilogue =
      rootToEpilogue(generic, epilogue.getMatchingIndexingMap(read));
  auto strideOf = [&](OpOperand *operand, AffineMap composed) {
    return *epilogueLaneStride(composed, spec.access.laneDim,
                               cast<MemRefType>(operand->get().getType()));
  };
  OpOperand *dest = epilogue.getDpsInitOperand(0);
  AffineMap destMap =
      epilogue.getMatchingIndexingMap(dest).compose(toEpilogue);
  Block &body = *epilogue.getBody();
  // The operands indexed across the lanes (neither broadcast nor
  // contiguous): gathered and scattered per vector, or, in a whole block
  // whose rows run along their innermost dim, read and written four rows
  // at a time (loadAcross, storeAcross).
  SmallVector<std::pair<Value, AffineMap>> across;
  for (OpOperand *input : epilogue.getDpsInputOperands()) {
    if (input == read ||
        body.getArgument(input->getOperandNumber()).use_empty())
      continue;
    AffineMap composed =
        epilogue.getMatchingIndexingMap(input).compose(toEpilogue);
    if (strideOf(input, composed) > 1)
      across.push_back({input->get(), composed});
  }
  if (strideOf(dest, destMap) > 1)
    across.push_back({dest->get(), destMap});
  bool groups = !across.empty() && rowsAlongInnermost(across);
  auto storeEpilogue = [&](OpBuilder &b, bool inGroups) {
    SmallVector<LoadCache> loaded(epilogue.getNumDpsInputs());
    DenseMap<unsigned, SmallVector<Value>> loadedAcross;
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
          int64_t stride = strideOf(input, composed);
          if (inGroups && stride > 1) {
            SmallVector<Value> &all = loadedAcross[i];
            if (all.empty())
              all = loadAcross(b, input->get(), composed);
            map.map(arg, all[p * numVectors + v]);
            continue;
          }
          map.map(arg, loadOnce(b, loaded[i], input->get(), composed, stride,
                                position, v));
        }
        values.push_back(applyBody(b, body, map));
      }
    }
    int64_t stride = strideOf(dest, destMap);
    if (inGroups && stride > 1) {
      storeAcross(b, dest->get(), destMap, values);
      return;
    }
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
        if (!groups) {
          storeEpilogue(then, false);
        } else {
          // Four rows at a time where the block is whole, else per vector.
          scf::IfOp::create(
              then, loc, wholeBlock(then),
              [&](OpBuilder &whole, Location) {
                storeEpilogue(whole, true);
                scf::YieldOp::create(whole, loc);
              },
              [&](OpBuilder &part, Location) {
                storeEpilogue(part, false);
                scf::YieldOp::create(part, loc);
              });
        }
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
  SmallVector<Value> results;
  // The innermost reduction loop of each nest: built last but finished
  // first.
  SmallVector<scf::ForOp> innermost;
  auto nest = [&](OpBuilder &b) {
    size_t first = reductionLoops.size();
    SmallVector<Value> values = nestReductions(b, 0, accs);
    if (reductionLoops.size() > first)
      innermost.push_back(reductionLoops[first]);
    return values;
  };
  if (paddedOf.empty()) {
    results = nest(b);
  } else {
    // Every load of a padded input is masked to the source's row (a block
    // spans both ends of a short row; a third nest for blocks inside
    // along the rows too was measured slower); where the block's rows may
    // leave the source, also to whether each row is inside. A nest for
    // each case, so that blocks away from the first and last rows (most)
    // pay nothing for the row masks, which on every tap of a window
    // outnumber the mask registers.
    auto nestFor = [&](Reads r) {
      return [&, r](OpBuilder &b, Location) {
        reads = r;
        scf::YieldOp::create(b, loc, nest(b));
      };
    };
    results = scf::IfOp::create(b, loc, rowsInside(b),
                                nestFor(Reads::RowsInside),
                                nestFor(Reads::Anywhere))
                  .getResults();
  }
  storeResults(b, results);
  outermost.erase();
  if (spec.unroll > 1)
    for (scf::ForOp loop : innermost)
      (void)loopUnrollByFactor(loop, spec.unroll);
  return tileLoops;
}

FailureOr<SmallVector<affine::AffineForOp>>
dlc::emitMicroKernel(linalg::GenericOp generic, const MicroKernelSpec &spec,
                     ArrayRef<affine::AffineForOp> band) {
  return MicroKernelBuilder(generic, spec).build(band);
}

Value dlc::loadEvenLanes(OpBuilder &b, Location loc, VectorType type,
                         Value memref, SmallVector<Value> indices,
                         Value count,
                         function_ref<Value(OpBuilder &, int64_t)> valid,
                         Value passThru) {
  int64_t width = type.getNumElements();
  auto maskType = VectorType::get({width}, b.getI1Type());
  auto index = [&](int64_t v) {
    return arith::ConstantIndexOp::create(b, loc, v);
  };
  auto maskOf = [&](Value lanes) {
    return vector::CreateMaskOp::create(b, loc, maskType, ValueRange{lanes});
  };
  Value zero = passThru ? passThru
                        : arith::ConstantOp::create(b, loc, b.getZeroAttr(type))
                              .getResult();
  auto restrict = [&](Value mask, int64_t offset) -> Value {
    return valid ? arith::AndIOp::create(b, loc, mask, valid(b, offset))
                       .getResult()
                 : mask;
  };
  // `count` lanes read 2 * count - 1 elements (masks clamp to [0, width]).
  Value need = arith::SubIOp::create(
      b, loc, arith::MulIOp::create(b, loc, count, index(2)), index(1));
  Value first = vector::MaskedLoadOp::create(
      b, loc, type, memref, indices, restrict(maskOf(need), 0), zero);
  indices.back() = arith::AddIOp::create(b, loc, indices.back(), index(width));
  Value rest = arith::SubIOp::create(b, loc, need, index(width));
  Value second = vector::MaskedLoadOp::create(
      b, loc, type, memref, indices, restrict(maskOf(rest), width), zero);
  SmallVector<int64_t> even;
  for (int64_t l = 0; l < width; ++l)
    even.push_back(2 * l);
  return vector::ShuffleOp::create(b, loc, first, second, even);
}
