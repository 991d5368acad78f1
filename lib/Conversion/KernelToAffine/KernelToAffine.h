//===- KernelToAffine.h - kernel dialect -> affine loops --------*- C++ -*-===//

#ifndef DLC_CONVERSION_KERNELTOAFFINE_KERNELTOAFFINE_H
#define DLC_CONVERSION_KERNELTOAFFINE_KERNELTOAFFINE_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/PassManager.h"

namespace dlc {

/// The attribute convert-kernel-to-linalg puts on every linalg.generic: the
/// number of the kernel.fused it came from, so that loop generation knows
/// which generics one kernel holds once the kernels are dissolved.
constexpr llvm::StringLiteral kKernelIdAttr = "kernel.id";

/// Places every memref.alloc of `func` in one arena (see
/// KernelPlanMemoryPass); returns the arena size in bytes.
llvm::FailureOr<int64_t> planMemory(mlir::func::FuncOp func,
                                    int64_t alignment);

/// The part of KernelToAffine the CPU and CUDA back ends share: kernel ->
/// linalg on buffers, results as out-parameters, the arena plan.
void buildKernelToBuffersPipeline(mlir::OpPassManager &pm);

/// Adds KernelToAffine to `pm` (on a module): kernel -> linalg, one-shot
/// bufferization in destination-passing style, results as out-parameters,
/// the arena memory plan, and affine loop nests.
void buildKernelToAffinePipeline(mlir::OpPassManager &pm);

} // namespace dlc

#endif // DLC_CONVERSION_KERNELTOAFFINE_KERNELTOAFFINE_H
