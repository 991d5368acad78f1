//===- VectorizeLoops.cpp - Innermost elementwise loops as vector code ----===//
//
// The innermost loop of a kernel that is not a micro-kernel (a copy into a
// padded or decimated buffer, a border fill, an elementwise chain, a
// transpose's contiguous side) rewritten to step by a 512-bit vector's
// lanes: every load contiguous along the loop becomes a masked vector load,
// a load that reads every other element two masked loads and an even-lane
// shuffle, a load the loop does not move a scalar load and a broadcast, the
// arith and math ops the same ops on vectors, every store a masked store.
// The mask covers what is left of the loop, so that any trip count, a
// partial tile's included, runs without a scalar remainder: LLVM's
// vectorizers, left to themselves, leave short rows (a 28-wide row: one
// vector and 12 scalar iterations) and strided reads scalar.
//
//===----------------------------------------------------------------------===//

#include "lib/Conversion/KernelToAffine/MicroKernel.h"

#include "dialects/Kernel/RegisterTile.h"

#include "mlir/Dialect/Affine/Analysis/LoopAnalysis.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Affine/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"

using namespace mlir;
using namespace dlc;

namespace {

/// How a load or store of the loop walks memory along its induction
/// variable: its map composed with the affine.applys that feed it, over
/// operands that are loop induction variables or values from outside.
struct Access {
  AffineMap map;
  SmallVector<Value> operands;
  /// Elements between consecutive iterations along the last dim (0: the
  /// loop does not move it).
  int64_t stride = 0;
};

/// The memref an affine.load or affine.store accesses.
Value memrefOf(Operation *op) {
  if (auto load = dyn_cast<affine::AffineLoadOp>(op))
    return load.getMemRef();
  return cast<affine::AffineStoreOp>(op).getMemRef();
}

/// The access of `op` (an affine.load or affine.store) in `loop`, if its
/// stride along the loop is constant and moves only the last, unit-stride
/// dim of the memref.
std::optional<Access> accessOf(affine::AffineForOp loop, Operation *op) {
  Access access;
  if (auto load = dyn_cast<affine::AffineLoadOp>(op)) {
    access.map = load.getAffineMap();
    access.operands.assign(load.getMapOperands().begin(),
                           load.getMapOperands().end());
  } else {
    auto store = cast<affine::AffineStoreOp>(op);
    access.map = store.getAffineMap();
    access.operands.assign(store.getMapOperands().begin(),
                           store.getMapOperands().end());
  }
  affine::fullyComposeAffineMapAndOperands(&access.map, &access.operands);
  affine::canonicalizeMapAndOperands(&access.map, &access.operands);
  Value iv = loop.getInductionVar();
  auto it = llvm::find(access.operands, iv);
  if (it == access.operands.end())
    return access;
  int64_t pos = it - access.operands.begin();
  auto type = cast<MemRefType>(memrefOf(op).getType());
  if (pos >= access.map.getNumDims() || type.getRank() == 0 ||
      !type.isLastDimUnitStride())
    return std::nullopt;
  std::optional<int64_t> stride = kernel::laneStride(access.map, pos);
  if (!stride || *stride == 0)
    return std::nullopt;
  access.stride = *stride;
  return access;
}

/// The bytes of memory a buffer can reach: the byte range of the
/// memref.view (of the arena) it was carved from, through subviews and
/// reshapes, when the view's offset and size are constant; else all of its
/// root (an argument, a global, an allocation).
struct Footprint {
  Value root;
  int64_t begin = 0, end = std::numeric_limits<int64_t>::max();
};

Footprint footprintOf(Value v) {
  while (Operation *def = v.getDefiningOp()) {
    if (auto subview = dyn_cast<memref::SubViewOp>(def)) {
      v = subview.getSource();
    } else if (auto collapse = dyn_cast<memref::CollapseShapeOp>(def)) {
      v = collapse.getSrc();
    } else if (auto expand = dyn_cast<memref::ExpandShapeOp>(def)) {
      v = expand.getSrc();
    } else if (auto cast = dyn_cast<memref::CastOp>(def)) {
      v = cast.getSource();
    } else if (auto view = dyn_cast<memref::ViewOp>(def)) {
      MemRefType type = view.getType();
      std::optional<int64_t> shift = getConstantIntValue(view.getByteShift());
      if (!shift || !type.hasStaticShape() ||
          !type.getElementType().isIntOrFloat())
        return {view.getSource()};
      int64_t bytes = type.getNumElements() *
                      llvm::divideCeil(type.getElementTypeBitWidth(), 8);
      return {view.getSource(), *shift, *shift + bytes};
    } else {
      break;
    }
  }
  return {v};
}

/// Whether an access of `other` (a load or another store) and the store
/// `store` into `stored` may be reordered lane-wise within one vector
/// iteration: they touch disjoint memory, or the same elements in the same
/// order (an in-place elementwise update).
bool independent(Value accessed, const Access &other, Value stored,
                 const Access &store) {
  if (accessed == stored)
    return other.map == store.map && other.operands == store.operands;
  Footprint a = footprintOf(accessed), b = footprintOf(stored);
  return a.root != b.root || a.end <= b.begin || b.end <= a.begin;
}

/// Ops computed lane by lane, harmless on the masked-off lanes (which hold
/// zeros): arith's lane-safe ops and float math.
bool isVectorizable(Operation &op) {
  return kernel::isLaneSafe(op) || kernel::isFloatMath(op);
}

} // namespace

LogicalResult dlc::vectorizeInnermostLoop(affine::AffineForOp loop) {
  if (loop.getStepAsInt() != 1 || loop.getNumResults() != 0)
    return failure();
  if (std::optional<uint64_t> trip = affine::getConstantTripCount(loop);
      trip && *trip < 2)
    return failure();
  Block *body = loop.getBody();
  Value iv = loop.getInductionVar();
  // Check every op first; the widest element sets the lane count.
  llvm::DenseMap<Operation *, Access> accesses;
  unsigned widest = 8;
  bool stores = false;
  // A load without uses (loop generation loads a destination element
  // the body does not read) is dropped.
  auto isDeadLoad = [](Operation &op) {
    return isa<affine::AffineLoadOp>(op) && op.use_empty();
  };
  for (Operation &op : body->without_terminator()) {
    if (isa<affine::AffineApplyOp>(op) || isDeadLoad(op))
      continue;
    if (isa<affine::AffineLoadOp, affine::AffineStoreOp>(op)) {
      std::optional<Access> access = accessOf(loop, &op);
      if (!access)
        return failure();
      auto store = dyn_cast<affine::AffineStoreOp>(op);
      if (store && access->stride != 1)
        return failure();
      if (!store && access->stride > 2)
        return failure();
      Type elt = cast<MemRefType>(memrefOf(&op).getType()).getElementType();
      if (!kernel::isVectorMemoryElement(elt))
        return failure();
      widest = std::max(widest, elt.getIntOrFloatBitWidth());
      stores |= bool(store);
      accesses[&op] = *access;
      continue;
    }
    if (!isVectorizable(op))
      return failure();
    for (Type t : op.getResultTypes())
      widest = std::max(widest, t.getIntOrFloatBitWidth());
  }
  if (!stores || widest > 64)
    return failure();
  // The induction variable only indexes memory.
  for (OpOperand &use : iv.getUses())
    if (!isa<affine::AffineApplyOp, affine::AffineLoadOp,
             affine::AffineStoreOp>(use.getOwner()))
      return failure();
  for (Operation &op : body->without_terminator())
    if (auto apply = dyn_cast<affine::AffineApplyOp>(op))
      for (Operation *user : apply->getUsers())
        if (!isa<affine::AffineApplyOp, affine::AffineLoadOp,
                 affine::AffineStoreOp>(user))
          return failure();
  // A vector iteration loads all its lanes before it stores any, and
  // stores all the lanes of one store before the next: no load or other
  // store may touch what a store writes at another position.
  for (auto &[storeOp, storeAccess] : accesses) {
    auto store = dyn_cast<affine::AffineStoreOp>(storeOp);
    if (!store)
      continue;
    for (auto &[otherOp, otherAccess] : accesses)
      if (otherOp != storeOp &&
          !independent(memrefOf(otherOp), otherAccess, store.getMemRef(),
                       storeAccess))
        return failure();
  }

  int64_t width = 512 / widest;
  Location loc = loop.getLoc();
  OpBuilder b(loop);
  auto index = [&](int64_t v) {
    return arith::ConstantIndexOp::create(b, loc, v);
  };
  auto maskType = VectorType::get({width}, b.getI1Type());
  // One vector iteration at `i`, `count` lanes of it (at most `width`),
  // at the builder's insertion point.
  auto emitBody = [&](Value i, Value count) {
    Value mask =
        vector::CreateMaskOp::create(b, loc, maskType, ValueRange{count});
    auto indicesAt = [&](const Access &access) {
      SmallVector<Value> operands(access.operands);
      llvm::replace(operands, iv, i);
      return *affine::expandAffineMap(b, loc, access.map, operands);
    };
    IRMapping vectors;
    llvm::DenseMap<Value, Value> broadcasts;
    // The vector of `v`: computed in the loop, or `v` from outside
    // broadcast.
    auto vectorOf = [&](Value v) -> Value {
      if (Value mapped = vectors.lookupOrNull(v))
        return mapped;
      Value &splat = broadcasts[v];
      if (!splat)
        splat = vector::BroadcastOp::create(
            b, loc, VectorType::get({width}, v.getType()), v);
      return splat;
    };
    for (Operation &op : body->without_terminator()) {
      if (isa<affine::AffineApplyOp>(op) || isDeadLoad(op))
        continue;
      if (auto load = dyn_cast<affine::AffineLoadOp>(op)) {
        const Access &access = accesses[&op];
        auto type = VectorType::get({width}, load.getType());
        Value value;
        if (access.stride == 0) {
          Value scalar = affine::AffineLoadOp::create(
              b, loc, load.getMemRef(), access.map, access.operands);
          value = vector::BroadcastOp::create(b, loc, type, scalar);
        } else if (access.stride == 1) {
          Value zero = arith::ConstantOp::create(b, loc, b.getZeroAttr(type));
          value = vector::MaskedLoadOp::create(
              b, loc, type, load.getMemRef(), indicesAt(access), mask, zero);
        } else {
          value = loadEvenLanes(b, loc, type, load.getMemRef(),
                                indicesAt(access), count);
        }
        vectors.map(load.getResult(), value);
        continue;
      }
      if (auto store = dyn_cast<affine::AffineStoreOp>(op)) {
        vector::MaskedStoreOp::create(b, loc, store.getMemRef(),
                                      indicesAt(accesses[&op]), mask,
                                      vectorOf(store.getValueToStore()));
        continue;
      }
      if (auto constant = dyn_cast<arith::ConstantOp>(op)) {
        vectors.map(constant.getResult(),
                    vectorOf(b.clone(op)->getResult(0)));
        continue;
      }
      OperationState state(op.getLoc(), op.getName());
      for (Value operand : op.getOperands())
        state.addOperands(vectorOf(operand));
      for (Type t : op.getResultTypes())
        state.addTypes(VectorType::get({width}, t));
      state.addAttributes(op.getAttrs());
      Operation *vectorOp = b.create(state);
      vectors.map(op.getResults(), vectorOp->getResults());
    }
  };
  if (loop.hasConstantBounds()) {
    // Whole vectors (constant all-true masks, which fold to plain loads
    // and stores), then one iteration with a constant mask for the rest.
    int64_t lb = loop.getConstantLowerBound();
    int64_t trip = loop.getConstantUpperBound() - lb;
    int64_t whole = trip / width * width;
    if (whole > 0) {
      auto vectorLoop =
          affine::AffineForOp::create(b, loc, lb, lb + whole, width);
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(vectorLoop.getBody());
      emitBody(vectorLoop.getInductionVar(), index(width));
    }
    if (trip > whole)
      emitBody(index(lb + whole), index(trip - whole));
  } else {
    // Every iteration masked to the lanes left from i: the minimum over
    // the upper bounds of (bound - i).
    auto vectorLoop = affine::AffineForOp::create(
        b, loc, loop.getLowerBoundOperands(), loop.getLowerBoundMap(),
        loop.getUpperBoundOperands(), loop.getUpperBoundMap(), width);
    b.setInsertionPointToStart(vectorLoop.getBody());
    Value i = vectorLoop.getInductionVar();
    AffineMap ub = loop.getUpperBoundMap();
    SmallVector<AffineExpr> left;
    for (AffineExpr e : ub.getResults())
      left.push_back(e - getAffineDimExpr(ub.getNumDims(), b.getContext()));
    SmallVector<Value> leftOperands(
        loop.getUpperBoundOperands().take_front(ub.getNumDims()));
    leftOperands.push_back(i);
    llvm::append_range(leftOperands, loop.getUpperBoundOperands().drop_front(
                                         ub.getNumDims()));
    Value count = affine::AffineMinOp::create(
        b, loc,
        AffineMap::get(ub.getNumDims() + 1, ub.getNumSymbols(), left,
                       b.getContext()),
        leftOperands);
    emitBody(i, count);
  }
  loop.erase();
  return success();
}
