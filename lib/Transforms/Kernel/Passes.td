//===- Passes.td - Kernel-level transformations ------------*- tablegen -*-===//

#ifndef DLC_TRANSFORMS_KERNEL_PASSES_TD
#define DLC_TRANSFORMS_KERNEL_PASSES_TD

include "mlir/Pass/PassBase.td"

def KernelRandomSchedulePass
    : Pass<"kernel-random-schedule", "::mlir::func::FuncOp"> {
  let summary = "Give every kernel a random legal schedule (for testing)";
  let description = [{
    Replaces the schedule of every `kernel.fused` by one drawn from a
    deterministic random stream seeded with `seed`: one to three tiling
    levels (sizes within the loop extents, each level inside the one around
    it, some loops untiled), a random loop order, a random subset of the
    parallel loops run in parallel, a vector width and an unroll factor.
    Every schedule it draws passes the schedule verifier, so a compiled
    model must compute the same numbers under any seed: the end-to-end
    tests compile each model under several seeds to prove that lowering
    honours every schedule the tuner may choose.
  }];
  let options = [
    Option<"seed", "seed", "uint64_t", "1", "Seed of the random stream">,
  ];
  let dependentDialects = ["::dlc::kernel::KernelDialect"];
}

#endif // DLC_TRANSFORMS_KERNEL_PASSES_TD
