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

def KernelFusePass : Pass<"kernel-fuse", "::mlir::func::FuncOp"> {
  let summary = "Fuse elementwise kernels into the kernel that reads them, or after the one they read as its epilogue";
  let description = [{
    Merges every purely elementwise `kernel.fused` into the kernel that
    reads its result, when that kernel is its only user and reads the
    result through a permutation of a generic's loops (each element once:
    an elementwise consumer, or a softmax or reduction over the producer's
    own iteration space; never a matmul or conv operand, which would
    recompute it once per step of the contraction). Kernels are not fused
    where only one side computes a math op the CPU back end calls a scalar
    libm function for (erf, tanh, ...), which would keep the whole fused
    loop from vectorizing, nor where a reduction loop of the consumer would
    lose its only bound. Chains fuse transitively. The merged kernel keeps the consumer's root generic and
    schedule; the producers' generic bodies are inlined into the generics
    that read them, so no intermediate tensor is left.

    Then epilogues: an elementwise kernel left (a merged chain included)
    that reads the only result of a kernel that is not elementwise (a conv,
    a matmul, a pooling, a softmax) is merged after that kernel's root and
    keeps its schedule, writing over its result where it had a fresh
    destination. The kernel's trailing transposes fold into it, and an
    epilogue of a kernel whose result is a tensor.expand_shape of what its
    root computes (a pointwise conv over flattened rows) is rewritten over
    the root's shape. Loop generation then applies it to the micro-kernel's
    accumulators before they are stored.

    The decisions are `planElementwiseFusion` and `planEpilogueFusion`
    (lib/Transforms/Kernel/Fusion.h), separate from the rewrites
    (`applyFusionPlan`, `fuseEpilogue`), so that a cost model can replace
    them.

    ```mlir
    %t = kernel.fused ins(%a, %b) outs(%e) { add }
    %r = kernel.fused ins(%t) outs(%t) schedule = S { relu }
    // becomes
    %r = kernel.fused ins(%a, %b) outs(%e) schedule = S {
      kernel.generic ins(a, b) outs(e) { max(a + b, 0) } }
    ```
  }];
  let options = [
    Option<"explain", "explain", "bool", "false",
           "Emit a remark on every kernel saying whether it is fused into "
           "the kernel that reads it (or, for an elementwise kernel reading "
           "another kernel, whether it becomes that kernel's epilogue), and "
           "if not, why">,
  ];
  let dependentDialects = ["::dlc::kernel::KernelDialect",
                           "::mlir::tensor::TensorDialect"];
}

def KernelProfilePass : Pass<"kernel-profile", "::mlir::ModuleOp"> {
  let summary = "Time every kernel: bracket it with calls the model's profiler answers";
  let description = [{
    For `dlc-compile --profile`. Numbers the module's `kernel.fused` ops in
    order (as `--explain` and `dlc-tune` number them), calls
    `dlc_profile_begin(K)` before kernel K and `dlc_profile_end(K)` after it
    (both `(i32) -> ()`, declared private), and records the kernels' names
    (`kernel::describeKernel`, or "kernel K" when no ONNX node names it) in
    the module attribute `dlc.profile_kernels`. The model library's
    description stub defines both functions, accumulating each kernel's
    wall time and run count, and exports them through
    `dlc_model_profile()` (`dlc/model_abi.h`); `dlc-run --profile` prints
    them.

    The calls are opaque to the compiler, so nothing of one kernel moves
    across them into the next: what is timed is what the kernel costs in
    the model, its operands as the kernels before it left the caches.

    ```mlir
    %r = kernel.fused ins(%a) outs(%e) schedule = S { ... }
    // becomes
    %c0 = arith.constant 0 : i32
    func.call @dlc_profile_begin(%c0) : (i32) -> ()
    %r = kernel.fused ins(%a) outs(%e) schedule = S { ... }
    func.call @dlc_profile_end(%c0) : (i32) -> ()
    ```
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::func::FuncDialect"];
}

#endif // DLC_TRANSFORMS_KERNEL_PASSES_TD
