//===- Pipelines.cpp - DLC's named pass pipelines -------------------------===//

#include "lib/Pipelines/Pipelines.h"

#include "lib/Conversion/KernelToAffine/KernelToAffine.h"
#include "lib/Conversion/Passes.h"
#include "lib/Target/Cpu/CpuTarget.h"
#include "lib/Transforms/Graph/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

void dlc::buildGraphToKernelPipeline(OpPassManager &pm) {
  OpPassManager &func = pm.nest<func::FuncOp>();
  func.addPass(createCanonicalizerPass());
  func.addPass(graph::createGraphInferShapesPass());
  func.addPass(createCanonicalizerPass());
  func.addPass(createConvertGraphToKernelPass());
}

void dlc::buildDLCCpuPipeline(OpPassManager &pm) {
  buildGraphToKernelPipeline(pm);
  buildKernelToAffinePipeline(pm);
  buildLowerToLLVMPipeline(pm);
}

void dlc::registerDLCPipelines() {
  PassPipelineRegistration<>(
      "dlc-graph-to-kernel",
      "Graph dialect to kernel dialect: fold, refine shapes, one kernel.fused "
      "per op",
      buildGraphToKernelPipeline);
  PassPipelineRegistration<>(
      "convert-kernel-to-affine",
      "Kernel dialect to affine loops: bufferize (destination-passing "
      "style), plan the arena, generate loops following each schedule",
      buildKernelToAffinePipeline);
  PassPipelineRegistration<>(
      "dlc-lower-to-llvm",
      "Affine/memref IR to the LLVM dialect (parallel loops via OpenMP)",
      buildLowerToLLVMPipeline);
  PassPipelineRegistration<>(
      "dlc-cpu-pipeline",
      "Graph dialect to the LLVM dialect for CPUs (what dlc-compile runs)",
      buildDLCCpuPipeline);
}
