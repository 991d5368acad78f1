//===- InitAll.cpp - Register DLC's dialects and passes -------------------===//
//
// The upstream dialects and passes are listed one by one: only what DLC's
// pipelines produce or run, not all of MLIR.
//
//===----------------------------------------------------------------------===//

#include "lib/Pipelines/InitAll.h"

#include "dialects/Graph/GraphOps.h"
#include "dialects/Kernel/KernelOps.h"
#include "lib/Transforms/Graph/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

void dlc::registerDLCDialects(DialectRegistry &registry) {
  registry.insert<graph::GraphDialect, kernel::KernelDialect>();
  registry.insert<arith::ArithDialect, func::FuncDialect, math::MathDialect,
                  tensor::TensorDialect>();
}

void dlc::registerDLCPasses() {
  graph::registerGraphPasses();
  // Upstream clean-up passes the pipelines run.
  registerCanonicalizerPass();
  registerCSEPass();
  registerSymbolDCEPass();
  registerInlinerPass();
}
