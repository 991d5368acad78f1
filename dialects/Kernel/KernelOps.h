//===- KernelOps.h - The kernel dialect, its ops and attributes -*- C++ -*-===//
//
// Declares the kernel dialect: kernel.generic (one loop nest over an
// iteration space), kernel.fused (one compiled kernel), kernel.yield,
// kernel.index, and the #kernel.schedule attribute. Users include this one
// header.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_DIALECT_KERNEL_KERNELOPS_H
#define DLC_DIALECT_KERNEL_KERNELOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/AffineMap.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "dialects/Kernel/KernelDialect.h.inc"
#include "dialects/Kernel/KernelEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "dialects/Kernel/KernelAttrs.h.inc"

#define GET_OP_CLASSES
#include "dialects/Kernel/KernelOps.h.inc"

namespace dlc::kernel {
/// Below this many loop iterations (reduction steps included) a kernel's
/// default schedule, and a threaded kernel's helper generics (pads, fills,
/// copies), run on one thread: starting the others would cost more than
/// it saves.
constexpr int64_t kMinThreadedIterations = 16384;

/// Below this many loop iterations in all its kernels together, a model
/// runs every kernel on one thread (runSmallFunctionOnOneThread): a batch-1
/// MLP (668K iterations) took 0.024 ms at two threads on a quiet machine,
/// 0.034 ms at one, and 0.19-0.22 ms at two in four rounds of five when the
/// second vCPU was busy, each parallel loop waiting for a descheduled
/// thread.
constexpr int64_t kMinThreadedFunctionIterations = int64_t(1) << 20;

/// Drops the parallel loops from the schedule of every kernel of `func`
/// when the kernels' roots together run fewer than
/// kMinThreadedFunctionIterations iterations (none dynamic). Returns
/// whether it did. dlc-compile applies it to a CPU model before lowering it
/// to loops (after --emit=kernel and --explain, which show each kernel's
/// own schedule).
bool runSmallFunctionOnOneThread(mlir::Operation *func);

/// The ONNX nodes a kernel came from, as the locations of its root generic,
/// of itself and of the ops in its body name them: the first node as
/// 'name' (OpType), and how many more; "" when none is named. --explain,
/// the latency model's fusion report and --profile name kernels so.
std::string describeKernel(FusedOp fused);
} // namespace dlc::kernel

#endif // DLC_DIALECT_KERNEL_KERNELOPS_H
