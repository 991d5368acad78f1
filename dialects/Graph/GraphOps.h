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
} // namespace graph
} // namespace dlc

#include "dialects/Graph/GraphDialect.h.inc"

#define GET_OP_CLASSES
#include "dialects/Graph/GraphOps.h.inc"

#endif // DLC_DIALECT_GRAPH_GRAPHOPS_H
