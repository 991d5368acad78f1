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

/// On an affine.parallel: its iterations (tasks) are long enough to be
/// handed to threads as they ask for them (OpenMP's guided schedule) rather
/// than split evenly up front, so that a thread slowed by another process
/// on its core does not hold the kernel up. The CPU lowering
/// (dlc-cpu-guided-schedule) carries it to the omp.wsloop.
constexpr llvm::StringLiteral kGuidedAttr = "dlc.guided";

/// Iterations of a kernel's loops per task from which its parallel loop is
/// guided: 4M multiply-adds, about 40 us on one core here, against the
/// ~1 us a task's hand-out costs. Shorter tasks keep the even split, which
/// also keeps each thread on the rows it had in the kernel before
/// (MobileNetV2 at two threads: 1.04x the time with every loop guided).
constexpr int64_t kGuidedTaskIterations = int64_t(1) << 22;

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
