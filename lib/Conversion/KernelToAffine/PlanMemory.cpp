//===- PlanMemory.cpp - One arena for all temporaries, offsets by liveness ===//
//
// After bufferization, every temporary tensor is a memref.alloc in the body
// of the model function. Buffers whose live ranges do not overlap can share
// memory; this pass computes live ranges over the function's top-level ops
// (a use inside a loop counts at the loop), places buffers in one arena with
// a first-fit search over offsets (largest buffers first), and rewrites each
// allocation into a memref.view of the arena, which becomes the function's
// last argument.
//
//===----------------------------------------------------------------------===//

#include "lib/Conversion/KernelToAffine/KernelToAffine.h"
#include "lib/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "llvm/Support/Debug.h"

#define DEBUG_TYPE "kernel-plan-memory"

namespace dlc {
#define GEN_PASS_DEF_KERNELPLANMEMORYPASS
#include "lib/Conversion/Passes.h.inc"
} // namespace dlc

using namespace mlir;
using namespace dlc;

namespace {

struct Buffer {
  memref::AllocOp alloc;
  int64_t bytes = 0;
  int64_t start = 0, end = 0; // live range, in top-level op positions
  int64_t offset = -1;
};

int64_t alignTo(int64_t v, int64_t a) { return (v + a - 1) / a * a; }

/// The position of the top-level op of `body` that contains `op`.
int64_t positionIn(Block &body, Operation *op,
                   const DenseMap<Operation *, int64_t> &positions) {
  Operation *top = body.findAncestorOpInBlock(*op);
  return top ? positions.lookup(top) : 0;
}

/// The last position at which `value` or any view of it is used.
int64_t lastUse(Block &body, Value value,
                const DenseMap<Operation *, int64_t> &positions) {
  int64_t last = 0;
  SmallVector<Value> worklist = {value};
  while (!worklist.empty()) {
    Value v = worklist.pop_back_val();
    for (Operation *user : v.getUsers()) {
      last = std::max(last, positionIn(body, user, positions));
      // Views alias the buffer: follow them.
      if (auto view = dyn_cast<ViewLikeOpInterface>(user))
        if (view.getViewSource() == v)
          for (Value r : user->getResults())
            worklist.push_back(r);
      if (isa<memref::ReshapeOp, memref::CollapseShapeOp,
              memref::ExpandShapeOp, memref::CastOp>(user))
        for (Value r : user->getResults())
          worklist.push_back(r);
    }
  }
  return last;
}

} // namespace

/// A result computed into a temporary and then copied into the caller's
/// output buffer (what buffer-results-to-out-params leaves when it cannot
/// hoist) is computed in the output buffer directly: the allocation becomes
/// the output argument and the copy goes. Only when the copy is the
/// temporary's last use and nothing touches the output before it.
static void computeResultsInPlace(func::FuncOp func) {
  Block &body = func.getBody().front();
  SmallVector<memref::CopyOp> copies;
  for (auto copy : body.getOps<memref::CopyOp>())
    copies.push_back(copy);
  for (memref::CopyOp copy : copies) {
    auto target = dyn_cast<BlockArgument>(copy.getTarget());
    auto alloc = copy.getSource().getDefiningOp<memref::AllocOp>();
    if (!target || target.getOwner() != &body || !alloc ||
        alloc->getBlock() != &body || alloc.getType() != target.getType() ||
        !target.hasOneUse())
      continue;
    // Every use of the temporary must come before the copy.
    bool lastUse = llvm::all_of(alloc->getUsers(), [&](Operation *user) {
      Operation *top = body.findAncestorOpInBlock(*user);
      return top == copy || (top && top->isBeforeInBlock(copy));
    });
    if (!lastUse)
      continue;
    copy.erase();
    alloc.replaceAllUsesWith(target);
    alloc.erase();
  }
}

FailureOr<int64_t> dlc::planMemory(func::FuncOp func, int64_t alignment) {
  if (func.isExternal() || !func.getBody().hasOneBlock())
    return func.emitError("kernel-plan-memory needs a function with one block");
  computeResultsInPlace(func);
  Block &body = func.getBody().front();
  DenseMap<Operation *, int64_t> positions;
  int64_t pos = 0;
  for (Operation &op : body)
    positions[&op] = pos++;

  SmallVector<Buffer> buffers;
  WalkResult walk = func.walk([&](memref::AllocOp alloc) {
    MemRefType type = alloc.getType();
    if (alloc->getBlock() != &body)
      return alloc.emitError("kernel-plan-memory: an allocation inside a "
                             "region cannot be planned"),
             WalkResult::interrupt();
    if (!type.hasStaticShape() || !type.getLayout().isIdentity() ||
        !type.getElementType().isIntOrFloat())
      return alloc.emitError("kernel-plan-memory: needs a static, "
                             "identity-layout buffer of numbers, got ")
                 << type,
             WalkResult::interrupt();
    Buffer b;
    b.alloc = alloc;
    unsigned bits = type.getElementTypeBitWidth();
    b.bytes = alignTo(type.getNumElements() * std::max(bits / 8, 1u),
                      alignment);
    b.start = positions.lookup(alloc);
    b.end = std::max(b.start, lastUse(body, alloc.getResult(), positions));
    buffers.push_back(b);
    return WalkResult::advance();
  });
  if (walk.wasInterrupted())
    return failure();

  // First fit, largest buffers first.
  SmallVector<Buffer *> order;
  for (Buffer &b : buffers)
    order.push_back(&b);
  // Ties keep program order (std::sort with the index as tie-breaker).
  llvm::sort(order, [&](Buffer *a, Buffer *b) {
    return a->bytes != b->bytes ? a->bytes > b->bytes : a->start < b->start;
  });
  int64_t arenaBytes = 0;
  SmallVector<Buffer *> placed;
  for (Buffer *b : order) {
    // Intervals taken by placed buffers that are live at the same time.
    SmallVector<std::pair<int64_t, int64_t>> taken;
    for (Buffer *p : placed)
      if (p->start <= b->end && b->start <= p->end)
        taken.push_back({p->offset, p->offset + p->bytes});
    llvm::sort(taken);
    int64_t offset = 0;
    for (auto [lo, hi] : taken) {
      if (offset + b->bytes <= lo)
        break;
      offset = std::max(offset, hi);
    }
    b->offset = offset;
    arenaBytes = std::max(arenaBytes, offset + b->bytes);
    placed.push_back(b);
    LLVM_DEBUG(llvm::dbgs() << "buffer " << b->alloc.getType() << " live ["
                            << b->start << ", " << b->end << "] at "
                            << offset << "\n");
  }

  // The arena is the function's last argument.
  MLIRContext *ctx = func.getContext();
  auto arenaType =
      MemRefType::get({std::max<int64_t>(arenaBytes, 1)}, IntegerType::get(ctx, 8));
  unsigned index = func.getNumArguments();
  if (failed(func.insertArgument(index, arenaType,
                                 DictionaryAttr::get(ctx), func.getLoc())))
    return failure();
  Value arena = func.getArgument(index);
  OpBuilder builder(ctx);
  for (Buffer &b : buffers) {
    builder.setInsertionPoint(b.alloc);
    Value offset =
        arith::ConstantIndexOp::create(builder, b.alloc.getLoc(), b.offset);
    Value view = memref::ViewOp::create(builder, b.alloc.getLoc(),
                                        b.alloc.getType(), arena, offset,
                                        ValueRange{});
    b.alloc.replaceAllUsesWith(view);
    b.alloc.erase();
  }
  // Deallocations of planned buffers are no longer needed.
  func.walk([&](memref::DeallocOp dealloc) {
    if (dealloc.getMemref().getDefiningOp<memref::ViewOp>())
      dealloc.erase();
  });
  func->setAttr("dlc.arena_bytes",
                IntegerAttr::get(IntegerType::get(ctx, 64), arenaBytes));
  // No two buffers the model receives overlap where one is written: the
  // runtime rejects outputs that overlap inputs or each other, inputs are
  // only read, and the arena is the model's own. Saying so lets LLVM
  // vectorize without run-time alias checks.
  for (unsigned i = 0; i < func.getNumArguments(); ++i)
    if (isa<MemRefType>(func.getArgument(i).getType()))
      func.setArgAttr(i, "llvm.noalias", UnitAttr::get(ctx));
  return arenaBytes;
}

namespace {
struct KernelPlanMemoryPass
    : dlc::impl::KernelPlanMemoryPassBase<KernelPlanMemoryPass> {
  using Base::Base;
  void runOnOperation() override {
    if (alignment <= 0 || !llvm::isPowerOf2_64(alignment)) {
      getOperation().emitError("alignment must be a power of two");
      return signalPassFailure();
    }
    for (auto func : getOperation().getOps<func::FuncOp>()) {
      if (func.isExternal())
        continue;
      if (failed(planMemory(func, alignment)))
        return signalPassFailure();
    }
  }
};
} // namespace
