//===- Passes.h - Kernel-level transformations ------------------*- C++ -*-===//

#ifndef DLC_TRANSFORMS_KERNEL_PASSES_H
#define DLC_TRANSFORMS_KERNEL_PASSES_H

#include "dialects/Kernel/KernelOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"

#include <random>

namespace dlc {
namespace kernel {

/// A random schedule for `fused` that its verifier accepts, drawn from
/// `rng`; null if the kernel has no root generic.
ScheduleAttr randomSchedule(FusedOp fused, std::mt19937_64 &rng);

#define GEN_PASS_DECL
#include "lib/Transforms/Kernel/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "lib/Transforms/Kernel/Passes.h.inc"

} // namespace kernel
} // namespace dlc

#endif // DLC_TRANSFORMS_KERNEL_PASSES_H
