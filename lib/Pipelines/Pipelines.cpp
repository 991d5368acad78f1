//===- Pipelines.cpp - DLC's named pass pipelines -------------------------===//

#include "lib/Pipelines/Pipelines.h"

#include "lib/Conversion/KernelToAffine/KernelToAffine.h"
#include "lib/Conversion/Passes.h"
#include "lib/Target/Cpu/CpuTarget.h"
#include "lib/Target/Cuda/CudaTarget.h"
#include "lib/Transforms/Graph/Passes.h"
#include "lib/Transforms/Kernel/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

namespace {
struct CpuPipelineOptions : PassPipelineOptions<CpuPipelineOptions> {
  Option<bool> fusion{*this, "fusion",
                      llvm::cl::desc("Fuse elementwise chains into the "
                                     "kernels that read them (kernel-fuse)"),
                      llvm::cl::init(true)};
};
} // namespace

void dlc::buildGraphToKernelPipeline(OpPassManager &pm) {
  OpPassManager &func = pm.nest<func::FuncOp>();
  func.addPass(createCanonicalizerPass());
  func.addPass(graph::createGraphInferShapesPass());
  func.addPass(createCanonicalizerPass());
  func.addPass(createConvertGraphToKernelPass());
}

void dlc::buildKernelFusionPipeline(OpPassManager &pm) {
  pm.addNestedPass<func::FuncOp>(kernel::createKernelFusePass());
}

void dlc::buildDLCCpuPipeline(OpPassManager &pm, bool fusion) {
  buildGraphToKernelPipeline(pm);
  if (fusion)
    buildKernelFusionPipeline(pm);
  buildKernelToAffinePipeline(pm);
  buildLowerToLLVMPipeline(pm);
}

void dlc::buildDLCCudaPipeline(OpPassManager &pm, const CudaOptions &options) {
  buildGraphToKernelPipeline(pm);
  buildKernelFusionPipeline(pm);
  buildKernelToBuffersPipeline(pm);
  buildCudaKernelPipeline(pm);
  buildCudaLowerPipeline(pm, options);
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
  PassPipelineRegistration<CpuPipelineOptions>(
      "dlc-cpu-pipeline",
      "Graph dialect to the LLVM dialect for CPUs (what dlc-compile runs)",
      [](OpPassManager &pm, const CpuPipelineOptions &o) {
        buildDLCCpuPipeline(pm, o.fusion);
      });
  PassPipelineRegistration<CudaPipelineOptions>(
      "dlc-cuda-pipeline",
      "Graph dialect to the LLVM dialect for NVIDIA GPUs (what dlc-compile "
      "--target=cuda runs)",
      [](OpPassManager &pm, const CudaPipelineOptions &o) {
        CudaOptions options;
        if (o.get(pm, options))
          buildDLCCudaPipeline(pm, options);
      });
}
