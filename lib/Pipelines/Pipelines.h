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

/// graph -> LLVM dialect for CPUs: GraphToKernel, KernelToAffine, and the
/// lowering to LLVM (--dlc-cpu-pipeline).
void buildDLCCpuPipeline(mlir::OpPassManager &pm);

/// Registers the pipelines above with the pass registry.
void registerDLCPipelines();

} // namespace dlc

#endif // DLC_PIPELINES_PIPELINES_H
