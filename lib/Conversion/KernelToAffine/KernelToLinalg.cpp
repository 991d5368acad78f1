//===- KernelToLinalg.cpp - kernel.generic -> linalg.generic --------------===//
//
// kernel.generic has linalg.generic's semantics (maps, iterator types, a
// scalar body, destinations), so the conversion is one to one and lets
// upstream bufferization, tiling and loop generation do their work. Each
// kernel.fused is inlined into its parent with its schedule moved onto its
// root generic and its number on each of its generics (kKernelIdAttr).
// When that schedule runs loops across threads, the kernel's other
// generics (pads, fills, copies) with at least kMinThreadedIterations
// (16384) iterations run their outermost parallel loop with more than one
// iteration across threads too.
//
//===----------------------------------------------------------------------===//

#include "lib/Conversion/KernelToAffine/KernelToAffine.h"
#include "lib/Conversion/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"

namespace dlc {
#define GEN_PASS_DEF_CONVERTKERNELTOLINALGPASS
#include "lib/Conversion/Passes.h.inc"
} // namespace dlc

using namespace mlir;
using namespace dlc;

namespace {

/// The schedule of a generic of a threaded kernel other than its root (a
/// pad, a fill, a copy): its outermost parallel loop with more than one
/// iteration across threads, if it has enough iterations to pay for it.
kernel::ScheduleAttr helperSchedule(kernel::GenericOp generic) {
  SmallVector<int64_t> ranges = generic.getStaticLoopRanges();
  SmallVector<kernel::IteratorType> iterators =
      generic.getIteratorTypesArray();
  std::optional<int64_t> total = generic.getStaticIterationCount();
  if (!total || *total < kernel::kMinThreadedIterations)
    return {};
  for (auto [d, t] : llvm::enumerate(iterators))
    if (t == kernel::IteratorType::parallel && ranges[d] > 1)
      return kernel::ScheduleAttr::get(generic.getContext(), {}, {}, 1, 1,
                                       {int64_t(d)});
  return {};
}

/// Replaces `generic` by an equivalent linalg.generic; returns it.
linalg::GenericOp toLinalg(RewriterBase &rewriter, kernel::GenericOp generic) {
  SmallVector<utils::IteratorType> iterators;
  for (kernel::IteratorType t : generic.getIteratorTypesArray())
    iterators.push_back(t == kernel::IteratorType::parallel
                            ? utils::IteratorType::parallel
                            : utils::IteratorType::reduction);
  rewriter.setInsertionPoint(generic);
  auto linalgOp = linalg::GenericOp::create(
      rewriter, generic.getLoc(), generic.getResultTypes(),
      generic.getInputs(), generic.getOutputs(),
      generic.getIndexingMapsArray(), iterators);
  rewriter.inlineRegionBefore(generic.getBody(), linalgOp.getRegion(),
                              linalgOp.getRegion().end());
  Block &body = linalgOp.getRegion().front();
  body.walk([&](kernel::IndexOp index) {
    rewriter.setInsertionPoint(index);
    rewriter.replaceOpWithNewOp<linalg::IndexOp>(index, index.getDim());
  });
  auto yield = cast<kernel::YieldOp>(body.getTerminator());
  rewriter.setInsertionPoint(yield);
  rewriter.replaceOpWithNewOp<linalg::YieldOp>(yield, yield.getValues());
  rewriter.replaceOp(generic, linalgOp.getResults());
  return linalgOp;
}

/// Gives every repeated operand of a func.return (a model that returns one
/// tensor as two outputs, e.g. through ONNX Identity) a copy of its own:
/// each output needs its own buffer, and buffer-results-to-out-params
/// cannot hoist one allocation into two out-params.
void copyRepeatedResults(RewriterBase &rewriter, func::FuncOp func) {
  func.walk([&](func::ReturnOp ret) {
    llvm::SmallDenseSet<Value> seen;
    for (OpOperand &operand : ret->getOpOperands()) {
      Value v = operand.get();
      auto type = dyn_cast<RankedTensorType>(v.getType());
      if (!type || seen.insert(v).second)
        continue;
      Location loc = ret.getLoc();
      rewriter.setInsertionPoint(ret);
      Value init =
          tensor::EmptyOp::create(rewriter, loc,
                                  tensor::getMixedSizes(rewriter, loc, v),
                                  type.getElementType());
      AffineMap id = rewriter.getMultiDimIdentityMap(type.getRank());
      auto copy = linalg::GenericOp::create(
          rewriter, loc, TypeRange{type}, ValueRange{v}, ValueRange{init},
          ArrayRef<AffineMap>{id, id},
          SmallVector<utils::IteratorType>(type.getRank(),
                                           utils::IteratorType::parallel),
          [](OpBuilder &b, Location l, ValueRange args) {
            linalg::YieldOp::create(b, l, args[0]);
          });
      operand.set(copy.getResult(0));
    }
  });
}

struct ConvertKernelToLinalgPass
    : dlc::impl::ConvertKernelToLinalgPassBase<ConvertKernelToLinalgPass> {
  using Base::Base;
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    SmallVector<kernel::FusedOp> fusedOps;
    getOperation().walk([&](kernel::FusedOp f) { fusedOps.push_back(f); });
    for (auto [id, fused] : llvm::enumerate(fusedOps)) {
      kernel::GenericOp root = fused.getRoot();
      kernel::ScheduleAttr schedule = fused.getScheduleAttr();
      SmallVector<kernel::GenericOp> generics;
      fused.getBody().walk([&](kernel::GenericOp g) { generics.push_back(g); });
      bool threaded = schedule && !schedule.getParallel().empty();
      for (kernel::GenericOp g : generics) {
        kernel::ScheduleAttr own = g == root   ? schedule
                                   : threaded ? helperSchedule(g)
                                              : kernel::ScheduleAttr();
        linalg::GenericOp l = toLinalg(rewriter, g);
        if (own)
          l->setAttr("kernel.schedule", own);
        l->setAttr(kKernelIdAttr, rewriter.getI64IntegerAttr(id));
      }
      // Inline the body: block arguments become the fused op's operands.
      Block &body = fused.getBody().front();
      auto yield = cast<kernel::YieldOp>(body.getTerminator());
      SmallVector<Value> results(yield.getValues());
      rewriter.eraseOp(yield);
      rewriter.inlineBlockBefore(&body, fused, fused->getOperands());
      rewriter.replaceOp(fused, results);
    }
    // Generics outside any kernel.fused (written by hand) convert too.
    SmallVector<kernel::GenericOp> loose;
    getOperation().walk([&](kernel::GenericOp g) { loose.push_back(g); });
    for (kernel::GenericOp g : loose)
      toLinalg(rewriter, g);
    copyRepeatedResults(rewriter, getOperation());
  }
};

} // namespace
