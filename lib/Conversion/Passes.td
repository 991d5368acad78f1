//===- Passes.td - Conversions between DLC's levels ---------*- tablegen -*-===//

#ifndef DLC_CONVERSION_PASSES_TD
#define DLC_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertGraphToKernelPass
    : Pass<"convert-graph-to-kernel", "::mlir::func::FuncOp"> {
  let summary = "Lower graph ops to kernel.generic loop nests in kernel.fused groups";
  let description = [{
    Each graph op becomes one `kernel.fused` whose body holds the
    `kernel.generic`s that compute it (for example a fill and a contraction
    for a matmul; a max, an exp-sum and a division for a softmax), with a
    default `#kernel.schedule` from a simple heuristic. Shape-only ops
    (reshape, flatten, squeeze, unsqueeze) become `tensor.reshape`, which is
    free after bufferization; constants become `arith.constant`. All shapes
    must be static: symbolic dims are bound with `dlc-compile --dim`.
    Shape-like operands (pads, starts, scales, roi, ...) that are not
    constants are read in the kernel bodies, as long as the result shape is
    static. Unsigned element types stay in the tensor types; the bodies
    compute on the signless view of unsigned scalars with the unsigned arith
    ops.

    ```mlir
    %0 = graph.relu %x : tensor<4x8xf32>
    // becomes
    %e = tensor.empty() : tensor<4x8xf32>
    %0 = kernel.fused ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>)
        schedule = #kernel.schedule<parallel = [0]> {
    ^bb0(%a: tensor<4x8xf32>, %o: tensor<4x8xf32>):
      %r = kernel.generic ins(%a : ...) outs(%o : ...) ... {
        ... arith.maximumf ...
      }
      kernel.yield %r : tensor<4x8xf32>
    } -> tensor<4x8xf32>
    ```
  }];
  let dependentDialects = [
    "::dlc::kernel::KernelDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::math::MathDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def ConvertKernelToLinalgPass
    : Pass<"convert-kernel-to-linalg", "::mlir::func::FuncOp"> {
  let summary = "Dissolve kernel.fused groups and turn kernel.generic into linalg.generic";
  let description = [{
    The first step of KernelToAffine. `kernel.generic` and `linalg.generic`
    mean the same thing, so each becomes the other one to one
    (`kernel.index` -> `linalg.index`, `kernel.yield` -> `linalg.yield`) and
    upstream bufferization and loop generation apply. Each `kernel.fused`
    is inlined; its schedule is kept on its root generic as the
    `kernel.schedule` attribute so that loop generation can follow it, and
    each of its generics is numbered by a `kernel.id` attribute (which
    generics formed one kernel).
    A tensor returned more than once (one tensor as two model outputs) gets
    a copy per repeat, so that every output has a buffer of its own.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

def KernelPlanMemoryPass : Pass<"kernel-plan-memory", "::mlir::ModuleOp"> {
  let summary = "Place every temporary buffer in one arena, reusing memory by liveness";
  let description = [{
    After bufferization each temporary tensor is a `memref.alloc`. This pass
    computes each buffer's live range (from its allocation to its last use,
    in program order, views included), assigns arena offsets greedily so that
    buffers whose live ranges overlap never share bytes, replaces each
    allocation by a `memref.view` into one arena, and adds the arena as the
    function's last argument. The arena size is recorded on the function as
    `dlc.arena_bytes`. Peak memory is then the largest set of
    simultaneously live buffers, not their sum. A result that was computed
    into a temporary only to be copied into its output argument is computed
    in the output directly.

    Requires static shapes, one block per function, and no allocations
    inside loops.
  }];
  let options = [
    Option<"alignment", "alignment", "int64_t", "64",
           "Byte alignment of every buffer in the arena">,
  ];
  let dependentDialects = ["::mlir::memref::MemRefDialect",
                           "::mlir::arith::ArithDialect"];
}

def KernelGenerateLoopsPass
    : Pass<"kernel-generate-loops", "::mlir::func::FuncOp"> {
  let summary = "Turn each linalg.generic into an affine loop nest that follows its kernel's schedule";
  let description = [{
    The last step of KernelToAffine. Each generic becomes one `affine.for`
    per iteration dim; a generic carrying `kernel.schedule` (the root of its
    kernel) then has the schedule applied exactly: tiling level by level,
    the loop order within every tile band, each parallel dim's outermost
    loop with more than one iteration as `affine.parallel`, and the
    innermost loop unrolled by `unroll * vector` (unless it is vectorized,
    below). An `affine.parallel` of more than two iterations (tasks) that
    each run at least `kGuidedTaskIterations` iterations of the kernel's
    loops is marked `dlc.guided`: the CPU lowering gives its `omp.wsloop`
    the guided schedule, so that a thread slowed by another process does
    not hold up the kernel (shorter tasks keep the static split).

    A reduction kernel that the register tile can hold (a matmul, a
    convolution, a pooling window, a row sum: see
    `dialects/Kernel/RegisterTile.h`) with `vector` > 1 is instead computed
    by a micro-kernel: the last tile level is its register tile (the other
    levels tile the loops as above), a block of outputs held in vector
    registers with the output's innermost dim along the lanes, the other
    parallel dims of the block unrolled, the reduction loops inside as
    `scf.for`s carrying the accumulators, `unroll` applying to the innermost
    of them. A reduction dim's size in the register level splits its loop
    inside the micro-kernel. Partial tiles use masked lanes and clamped rows,
    never remainder loops. A register tile of more than 64 vectors falls
    back to the loops above.

    The micro-kernel takes over two neighbours of the same kernel (equal
    `kernel.id`): the generic just before that initializes its output (a
    zero fill, a bias broadcast), whose value it starts its accumulators
    from, and the elementwise generic just after that reads its output (an
    activation, a residual add: a kernel's epilogue), which it applies to
    its accumulators once the reduction is complete, storing the result in
    the epilogue's destination (masked stores, or scatters where that is
    not contiguous along the lanes). Both generics are then gone.

    Any other innermost loop (a copy into a padded or decimated buffer, a
    border fill, an elementwise chain) becomes vector code where its body
    allows, instead of being unrolled: it steps by a 512-bit vector's lanes,
    each load contiguous along it a masked vector load, a load of every
    other element (`y[..., i] = x[..., 2 * i + k]`, a strided conv's
    decimated input) two masked loads and their even lanes, a load it does
    not move a broadcast, arith and float math on vectors, each store a
    masked store; whole vectors first, then one masked iteration for the
    rest (or every iteration masked over a partial tile). A body that
    reduces into one element, gathers, uses the loop index as a value or
    may store over what it loads at another position stays scalar.
  }];
  let options = [
    Option<"vectorizeElementwise", "vectorize-elementwise", "bool", "true",
           "Rewrite innermost copy and elementwise loops as masked vector "
           "code (false: leave them scalar and unrolled, for LLVM)">,
  ];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::vector::VectorDialect",
  ];
}

#endif // DLC_CONVERSION_PASSES_TD
