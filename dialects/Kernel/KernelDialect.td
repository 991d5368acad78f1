//===- KernelDialect.td - The kernel dialect ---------------*- tablegen -*-===//
//
// The kernel dialect holds tensor-level compute with explicit iteration
// spaces (kernel.generic), grouped into fused kernels (kernel.fused) whose
// schedule is data (#kernel.schedule).
//
//===----------------------------------------------------------------------===//

#ifndef DLC_DIALECT_KERNEL_KERNELDIALECT_TD
#define DLC_DIALECT_KERNEL_KERNELDIALECT_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"

def Kernel_Dialect : Dialect {
  let name = "kernel";
  let cppNamespace = "::dlc::kernel";
  let summary = "Tensor-level compute with explicit iteration spaces, in fused kernels";
  let description = [{
    `kernel.generic` is one loop nest over an iteration space: indexing maps
    say which element of each operand an iteration reads or writes, iterator
    types say which loops are parallel and which reduce, and a scalar body
    computes the outputs. Elementwise ops, contractions (matmul, conv),
    reductions, pooling and data movement are all `kernel.generic`s with
    different maps. `kernel.fused` groups the generics that become one kernel
    and carries the `#kernel.schedule` that says how its loops are tiled,
    ordered, vectorized, unrolled and run in parallel.
  }];
  let useDefaultAttributePrinterParser = 1;
  let extraClassDeclaration = [{
    /// Registers #kernel.iterator and #kernel.schedule (KernelAttrs.cpp).
    void registerAttributes();
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::math::MathDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

class Kernel_Op<string mnemonic, list<Trait> traits = []>
    : Op<Kernel_Dialect, mnemonic, traits>;

//===----------------------------------------------------------------------===//
// Iterator types
//===----------------------------------------------------------------------===//

def Kernel_IteratorType : I32EnumAttr<"IteratorType",
    "Whether a loop of an iteration space is parallel or a reduction", [
      I32EnumAttrCase<"parallel", 0>,
      I32EnumAttrCase<"reduction", 1>,
    ]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::dlc::kernel";
}

def Kernel_IteratorTypeAttr
    : EnumAttr<Kernel_Dialect, Kernel_IteratorType, "iterator">;

def Kernel_IteratorTypeArrayAttr
    : TypedArrayAttrBase<Kernel_IteratorTypeAttr, "array of iterator types">;

//===----------------------------------------------------------------------===//
// The schedule
//===----------------------------------------------------------------------===//

def Kernel_ScheduleAttr : AttrDef<Kernel_Dialect, "Schedule"> {
  let mnemonic = "schedule";
  let summary = "How a fused kernel's loops are tiled, ordered and mapped";
  let description = [{
    Every scheduling decision for one `kernel.fused`, as data. Lowering
    follows it exactly; the heuristic, the cost model and the tuner differ
    only in how they fill it in. The loops are those of the kernel's root
    `kernel.generic` (the one with the most loops), numbered as its
    iteration space. Every field is optional:

    | field | meaning | default |
    | --- | --- | --- |
    | `tiles` | tile sizes per level, outermost level first, one size per loop; 0 leaves a loop untiled at that level | no tiling |
    | `order` | the order of the tile loops, outermost first, as a permutation of the loops | `[0, 1, ..., n-1]` |
    | `vector` | vector width in elements (a power of two, at most 64). On a reduction whose block of outputs vector registers can hold (a matmul, a convolution, a pooling window: `RegisterTile.h`) the last `tiles` level is then the register tile of a micro-kernel whose lanes run along the output's innermost dim (a reduction's size there splits its loop inside the micro-kernel); elsewhere the innermost loop is unrolled by it for LLVM's vectorizers | 1 (scalar) |
    | `unroll` | unroll factor of the innermost loop (1 to 64) | 1 |
    | `parallel` | loops whose outermost loop with more than one iteration (its outermost tile loop, unless that level leaves it untiled) runs across threads; must be parallel loops. When any loop runs in parallel, the kernel's other generics (pads, fills, copies) with at least 16K iterations run their outermost parallel loop with more than one iteration across threads too | none |
    | `gpu_block` | per loop, the tile one GPU thread block computes (0: not mapped) | none |
    | `gpu_thread` | per loop, the tile one GPU thread computes, within its block's tile | none |

    ```mlir
    #kernel.schedule<tiles = [[64, 64, 256], [8, 32, 1]], order = [0, 1, 2],
                     vector = 16, unroll = 4, parallel = [0]>
    ```

    Impossible schedules are rejected: levels of different lengths, an inner
    tile larger than the tile enclosing it, an order that is not a
    permutation, a vector width that is not a power of two, a parallel loop
    listed twice or out of range, a thread tile larger than its block tile.
    `kernel.fused` further checks the schedule against its loops.
  }];
  let parameters = (ins
    ArrayRefParameter<"::mlir::DenseI64ArrayAttr", "tile sizes per level">:$tiles,
    ArrayRefParameter<"int64_t", "loop order">:$order,
    "int64_t":$vector,
    "int64_t":$unroll,
    ArrayRefParameter<"int64_t", "parallel loops">:$parallel,
    ArrayRefParameter<"int64_t", "GPU block tile per loop">:$gpuBlock,
    ArrayRefParameter<"int64_t", "GPU thread tile per loop">:$gpuThread
  );
  let builders = [
    AttrBuilder<(ins
      CArg<"::llvm::ArrayRef<::llvm::SmallVector<int64_t>>", "{}">:$tileLevels,
      CArg<"::llvm::ArrayRef<int64_t>", "{}">:$order,
      CArg<"int64_t", "1">:$vector,
      CArg<"int64_t", "1">:$unroll,
      CArg<"::llvm::ArrayRef<int64_t>", "{}">:$parallel,
      CArg<"::llvm::ArrayRef<int64_t>", "{}">:$gpuBlock,
      CArg<"::llvm::ArrayRef<int64_t>", "{}">:$gpuThread), [{
      ::llvm::SmallVector<::mlir::DenseI64ArrayAttr> levels;
      for (const auto &level : tileLevels)
        levels.push_back(::mlir::DenseI64ArrayAttr::get($_ctxt, level));
      return $_get($_ctxt, levels, order, vector, unroll, parallel, gpuBlock,
                   gpuThread);
    }]>
  ];
  let skipDefaultBuilders = 0;
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// Builds a schedule, or reports why it is impossible through
    /// `emitError` and returns null.
    static ScheduleAttr getValidated(
        ::llvm::function_ref<::mlir::InFlightDiagnostic()> emitError,
        ::mlir::MLIRContext *ctx,
        ::llvm::ArrayRef<::llvm::SmallVector<int64_t>> tileLevels,
        ::llvm::ArrayRef<int64_t> order = {}, int64_t vector = 1,
        int64_t unroll = 1, ::llvm::ArrayRef<int64_t> parallel = {},
        ::llvm::ArrayRef<int64_t> gpuBlock = {},
        ::llvm::ArrayRef<int64_t> gpuThread = {});
    /// The number of loops the schedule talks about, or std::nullopt when
    /// no field fixes it (e.g. only `vector` is set).
    std::optional<int64_t> getNumLoops() const;
    /// Number of tiling levels.
    unsigned getNumTileLevels() const { return getTiles().size(); }
    /// Tile sizes of one level (outermost is 0).
    ::llvm::ArrayRef<int64_t> getTileSizes(unsigned level) const {
      return getTiles()[level].asArrayRef();
    }
    /// The loop order in effect: `order`, or the identity over `numLoops`.
    ::llvm::SmallVector<int64_t> getEffectiveOrder(int64_t numLoops) const;
    /// This schedule with every loop on one thread (no `parallel`).
    ScheduleAttr withoutParallel() const;
    /// Checks the schedule against the loops it is applied to.
    ::llvm::LogicalResult
    verifyAgainstLoops(::llvm::function_ref<::mlir::InFlightDiagnostic()> emitError,
                       ::llvm::ArrayRef<IteratorType> iterators,
                       ::llvm::ArrayRef<int64_t> loopRanges) const;
  }];
}

#endif // DLC_DIALECT_KERNEL_KERNELDIALECT_TD
