//===- dlc-opt.cpp - DLC's pass driver ------------------------------------===//
//
// mlir-opt with DLC's dialects and passes: runs any pass or named pipeline
// over .mlir input, so every stage of the compiler can be tested on its own.
//
//===----------------------------------------------------------------------===//

#include "lib/Pipelines/InitAll.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  dlc::registerDLCPasses();
  mlir::DialectRegistry registry;
  dlc::registerDLCDialects(registry);
  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv,
      "DLC optimizer driver: runs DLC and upstream passes over MLIR input\n",
      registry));
}
