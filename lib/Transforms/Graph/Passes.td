//===- Passes.td - Graph-level transformations ------------*- tablegen -*-===//

#ifndef DLC_TRANSFORMS_GRAPH_PASSES_TD
#define DLC_TRANSFORMS_GRAPH_PASSES_TD

include "mlir/Pass/PassBase.td"

def GraphInferShapesPass : Pass<"graph-infer-shapes", "::mlir::func::FuncOp"> {
  let summary = "Refine `?` result dims of graph ops from their operands";
  let description = [{
    Re-runs every graph op's result-type inference in program order and
    replaces a result type by the inferred one where that is more static
    (same rank and element type, a `?` dim now known). Constant folding often
    makes this possible: once the shape operand of a `graph.reshape` folds to
    a constant, its result dims are known. The function's result types are
    updated to match. Users other than graph ops and `func.return` keep
    seeing the old type through a `tensor.cast`, which canonicalization
    folds away.

    ```mlir
    // Before
    %s = graph.constant dense<[2, 6]> : tensor<2xi64>
    %0 = graph.reshape %x, %s : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
    // After
    %0 = graph.reshape %x, %s : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<2x6xf32>
    ```
  }];
  let dependentDialects = ["::dlc::graph::GraphDialect",
                           "::mlir::tensor::TensorDialect"];
}

#endif // DLC_TRANSFORMS_GRAPH_PASSES_TD
