//===- InferShapes.cpp - Refine graph result types from operands ----------===//
//
// Shape propagation over the graph dialect: walks a function in program
// order, re-infers each graph op's result types and keeps the more static
// one. Works for every op through InferTypeOpInterface, so no op needs code
// here.
//
//===----------------------------------------------------------------------===//

#include "lib/Transforms/Graph/Passes.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "llvm/Support/Debug.h"

#define DEBUG_TYPE "graph-infer-shapes"

namespace dlc {
namespace graph {
#define GEN_PASS_DEF_GRAPHINFERSHAPESPASS
#include "lib/Transforms/Graph/Passes.h.inc"
} // namespace graph
} // namespace dlc

using namespace mlir;
using namespace dlc;
using namespace dlc::graph;

/// `refined` is a strictly more static version of `current`.
static bool isRefinement(Type current, Type refined) {
  auto c = dyn_cast<RankedTensorType>(current);
  auto r = dyn_cast<RankedTensorType>(refined);
  if (!c || !r || c == r || c.getElementType() != r.getElementType() ||
      c.getRank() != r.getRank())
    return false;
  for (auto [cd, rd] : llvm::zip(c.getShape(), r.getShape()))
    if (!ShapedType::isDynamic(cd) && cd != rd)
      return false;
  return true;
}

/// Graph ops and func.return take any compatible type; other users keep
/// seeing the old type through a tensor.cast.
static bool acceptsRefinement(Operation *user) {
  return isa<func::ReturnOp>(user) ||
         isa_and_nonnull<GraphDialect>(user->getDialect());
}

bool graph::inferShapes(func::FuncOp func) {
  bool changed = false;
  func.walk([&](InferTypeOpInterface op) {
    if (!isa<GraphDialect>(op->getDialect()))
      return;
    SmallVector<Type> inferred;
    if (failed(op.inferReturnTypes(op->getContext(), op->getLoc(),
                                   op->getOperands(),
                                   op->getRawDictionaryAttrs(),
                                   op->getPropertiesStorage(),
                                   op->getRegions(), inferred)))
      return;
    for (auto [result, type] : llvm::zip(op->getResults(), inferred)) {
      if (!isRefinement(result.getType(), type))
        continue;
      LLVM_DEBUG(llvm::dbgs() << "refine " << result.getType() << " -> "
                              << type << " at " << op->getLoc() << "\n");
      Type old = result.getType();
      result.setType(type);
      changed = true;
      if (llvm::all_of(result.getUsers(), acceptsRefinement))
        continue;
      OpBuilder builder(op->getContext());
      builder.setInsertionPointAfter(op);
      auto cast = tensor::CastOp::create(builder, op->getLoc(), old, result);
      result.replaceUsesWithIf(cast.getResult(), [&](OpOperand &use) {
        return use.getOwner() != cast && !acceptsRefinement(use.getOwner());
      });
    }
  });
  if (!changed)
    return false;
  // Keep the signature in step with what is returned.
  for (Block &block : func.getBody())
    if (auto ret = dyn_cast<func::ReturnOp>(block.getTerminator()))
      func.setType(FunctionType::get(func.getContext(),
                                     func.getArgumentTypes(),
                                     ret.getOperandTypes()));
  return true;
}

namespace {
struct GraphInferShapesPass
    : graph::impl::GraphInferShapesPassBase<GraphInferShapesPass> {
  using Base::Base;
  void runOnOperation() override { inferShapes(getOperation()); }
};
} // namespace
