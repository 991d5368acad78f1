//===- Passes.h - Graph-level transformations -------------------*- C++ -*-===//

#ifndef DLC_TRANSFORMS_GRAPH_PASSES_H
#define DLC_TRANSFORMS_GRAPH_PASSES_H

#include "dialects/Graph/GraphOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Pass/Pass.h"

namespace dlc {
namespace graph {

/// Refines the result types of the graph ops in `func` from their operands
/// (see GraphInferShapesPass). Returns true if anything changed.
bool inferShapes(mlir::func::FuncOp func);

#define GEN_PASS_DECL
#include "lib/Transforms/Graph/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "lib/Transforms/Graph/Passes.h.inc"

} // namespace graph
} // namespace dlc

#endif // DLC_TRANSFORMS_GRAPH_PASSES_H
