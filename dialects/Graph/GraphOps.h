//===- GraphOps.h - The graph dialect and its operations ---------*- C++ -*-===//
//
// Declares the graph dialect (ONNX-level ops on ranked tensors) and its ops.
// Users include this one header.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_DIALECT_GRAPH_GRAPHOPS_H
#define DLC_DIALECT_GRAPH_GRAPHOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace dlc {
namespace graph {
/// The return-type compatibility rule of every graph op: same element types,
/// and shapes that agree wherever both are static.
bool areCompatibleReturnTypes(mlir::TypeRange inferred,
                              mlir::TypeRange actual);

/// The elements of a constant (dense or dense_resource) with its dims
/// permuted: result dim i is `value`'s dim `perm[i]`. Done at compile
/// time for weights that a kernel reads in another layout. Null when the
/// bytes are not available (elided weights) or the element type is not a
/// whole number of bytes.
mlir::ElementsAttr permuteElements(mlir::ElementsAttr value,
                                   llvm::ArrayRef<int64_t> perm);
} // namespace graph
} // namespace dlc

#include "dialects/Graph/GraphDialect.h.inc"

#define GET_OP_CLASSES
#include "dialects/Graph/GraphOps.h.inc"

#endif // DLC_DIALECT_GRAPH_GRAPHOPS_H
