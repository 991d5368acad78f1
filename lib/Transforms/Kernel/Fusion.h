//===- Fusion.h - Which kernels fuse, and the fusion itself -----*- C++ -*-===//
//
// Kernel fusion in two halves: a plan that says which kernel.fused ops form
// one kernel (planElementwiseFusion, a heuristic a cost model can replace),
// and the rewrite that carries a plan out (applyFusionPlan). The pass
// `kernel-fuse` is the two called in turn.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_TRANSFORMS_KERNEL_FUSION_H
#define DLC_TRANSFORMS_KERNEL_FUSION_H

#include "dialects/Kernel/KernelOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/PatternMatch.h"

#include <string>

namespace dlc {
namespace kernel {

/// Kernels that become one: `producers` (in program order) are merged into
/// `consumer`, whose root generic and schedule the merged kernel keeps.
/// Every producer's result is used by `consumer` or by another producer of
/// the group, and by nothing else.
struct FusionGroup {
  FusedOp consumer;
  llvm::SmallVector<FusedOp> producers;
};

/// The groups of a function, each kernel in at most one group; a kernel in
/// no group stays alone.
struct FusionPlan {
  llvm::SmallVector<FusionGroup> groups;
};

/// The kernel `producer` may be merged into, or null with the reason in
/// `whyNot`. It may be merged when:
///  - it is purely elementwise: its body holds only kernel.generic ops whose
///    loops are all parallel, whose maps are permutations or broadcasts
///    (outputs: permutations) and which do not read their outputs, plus
///    constants and tensor.empty;
///  - it has one result, used by one kernel (the consumer) and nothing else;
///  - inside the consumer, that result is only read by kernel.generic ops
///    through a permutation of all their loops (so each element is computed
///    once per such generic, never once per step of a reduction: a producer
///    feeding a matmul or conv operand is not fused, one feeding a softmax
///    or a reduction over its own iteration space is), or only used as the
///    destination of a generic that does not read it;
///  - it and the consumer both or neither compute a math op that the CPU
///    back end calls a scalar function for (f64 erf and tanh, atan, ...;
///    f32 erf, tanh and exp are vectorized polynomials): a loop with such a
///    call does not vectorize, so a fused chain would all run scalar;
///  - fused, every loop of the reading generics keeps a bound (a producer
///    that broadcasts along a reduction loop only its result spans is not
///    fused);
///  - no generic of the producer has more loops than the consumer's root, so
///    the merged kernel keeps the consumer's root and schedule;
///  - the consumer does not only copy it, unchanged, into the padded input
///    of a window op that reads each element a few times (at most
///    kernel::kMaxPaddedInputReuse steps per element: a depthwise conv, a
///    pooling) while it can be its producer's epilogue instead: the
///    micro-kernel reads such an input around the copy, dropping it, which
///    it cannot once the copy computes the producer (MobileNetV2's clips).
FusedOp elementwiseFusionTarget(FusedOp producer,
                                std::string *whyNot = nullptr);

/// Groups the kernels of `func` by following elementwiseFusionTarget from
/// each kernel to the kernel it fuses into, transitively: an elementwise
/// chain ending in any consumer becomes one group.
FusionPlan planElementwiseFusion(mlir::func::FuncOp func);

/// Merges the kernels of `group` into one kernel.fused at the consumer's
/// place, then fuses the producers' generics into the generics that read
/// them (fuseElementwiseGenerics), so the intermediate tensors disappear.
/// Returns the merged kernel.
mlir::FailureOr<FusedOp> fuseKernelGroup(mlir::RewriterBase &rewriter,
                                         const FusionGroup &group);

/// Carries out every group of `plan`.
mlir::LogicalResult applyFusionPlan(mlir::RewriterBase &rewriter,
                                    const FusionPlan &plan);

/// An elementwise kernel merged after the kernel whose result it reads, as
/// its epilogue: the merged kernel keeps `kernel`'s root and schedule, and
/// the epilogue's generics follow the root (where the micro-kernel can
/// apply them to its accumulators before it stores them).
struct EpilogueFusion {
  FusedOp kernel;
  FusedOp epilogue;
};

/// The kernel whose epilogue `epilogue` may become, or null with the reason
/// in `whyNot`. It may when:
///  - it is purely elementwise (as for elementwiseFusionTarget) with one
///    result;
///  - of its operands, the one computed last by a kernel that is not
///    elementwise (a matmul, conv, pooling, softmax ...) is that kernel's
///    only result, used by nothing else;
///  - it reads that result only through permutations of its generics' loops;
///  - its generics have fewer loops than that kernel's root, which stays the
///    root.
FusedOp epilogueFusionTarget(FusedOp epilogue, std::string *whyNot = nullptr);

/// The epilogue fusions of `func` (run after the elementwise plan is carried
/// out, so that a chain is one kernel): each elementwise kernel with its
/// epilogueFusionTarget.
llvm::SmallVector<EpilogueFusion> planEpilogueFusion(mlir::func::FuncOp func);

/// Merges `fusion.epilogue` into `fusion.kernel`, at the epilogue's place,
/// with the kernel's schedule; the kernel's trailing elementwise copies are
/// inlined into the epilogue's generics, and an epilogue reading a
/// tensor.expand_shape of the root's result is rewritten over the collapsed
/// shape. Returns the merged kernel.
mlir::FailureOr<FusedOp> fuseEpilogue(mlir::RewriterBase &rewriter,
                                      const EpilogueFusion &fusion);

/// Inlines the elementwise generic `producer` (one result, loops all
/// parallel, a permutation as its output map, its output not read) into
/// `consumer` for every input of `consumer` that is the producer's result
/// with the same map as the first such input, composing the maps; where
/// the producer's result is also a destination of `consumer` whose value
/// the body does not read, the producer's own destination takes its place.
/// Fails, changing nothing, where the fused generic would have a loop
/// without a bound. Returns the new consumer, which replaces the old one.
mlir::FailureOr<GenericOp> fuseGenericIntoConsumer(mlir::RewriterBase &rewriter,
                                                   GenericOp producer,
                                                   GenericOp consumer);

/// Whether a fusion that the rules above allow pays, asked of a cost model:
/// `parts` are the kernels as they are, `merged` the kernel they would become,
/// built on a scratch copy of the function (to be inspected, not kept).
/// True keeps the fusion.
using FusionProfitFn =
    llvm::function_ref<bool(llvm::ArrayRef<FusedOp> parts, FusedOp merged)>;

/// What kernel-fuse does to `func`: the elementwise plan carried out, then
/// the epilogue fusions, in rounds until none is left (an epilogue can make
/// an elementwise kernel that read it an epilogue candidate). With `profitable`, each fusion is first carried out
/// on a scratch copy of `func` and kept only where `profitable` says so
/// (without it, every fusion the rules allow is kept). With `explain`, a
/// remark on each kernel says whether the rules let it fuse, or why not.
mlir::LogicalResult fuseKernels(mlir::RewriterBase &rewriter,
                                mlir::func::FuncOp func,
                                FusionProfitFn profitable = nullptr,
                                bool explain = false);

} // namespace kernel
} // namespace dlc

#endif // DLC_TRANSFORMS_KERNEL_FUSION_H
