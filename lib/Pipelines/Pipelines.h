//===- Pipelines.h - DLC's named pass pipelines -----------------*- C++ -*-===//
//
// The pipelines dlc-compile runs, registered for dlc-opt under the same
// names so that every stage can be replayed on dumped IR.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_PIPELINES_PIPELINES_H
#define DLC_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassManager.h"

namespace dlc {

/// graph -> kernel: fold, refine shapes, lower each op to a kernel.fused.
void buildGraphToKernelPipeline(mlir::OpPassManager &pm);

/// kernel -> kernel: fuse elementwise chains into the kernels that read
/// them (kernel-fuse).
void buildKernelFusionPipeline(mlir::OpPassManager &pm);

/// graph -> LLVM dialect for CPUs: GraphToKernel, fusion (unless `fusion`
/// is false), KernelToAffine, and the lowering to LLVM
/// (--dlc-cpu-pipeline, whose option fusion=false turns fusion off).
void buildDLCCpuPipeline(mlir::OpPassManager &pm, bool fusion = true);

struct CudaOptions;

/// graph -> LLVM dialect for NVIDIA GPUs: GraphToKernel, the buffers and
/// arena of KernelToAffine, GPU kernels, NVVM/PTX (--dlc-cuda-pipeline).
void buildDLCCudaPipeline(mlir::OpPassManager &pm, const CudaOptions &options);

/// Registers the pipelines above with the pass registry.
void registerDLCPipelines();

} // namespace dlc

#endif // DLC_PIPELINES_PIPELINES_H
