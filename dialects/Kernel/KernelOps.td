//===- KernelOps.td - Operations of the kernel dialect -----*- tablegen -*-===//

#ifndef DLC_DIALECT_KERNEL_KERNELOPS_TD
#define DLC_DIALECT_KERNEL_KERNELOPS_TD

include "dialects/Kernel/KernelDialect.td"
include "mlir/IR/CommonAttrConstraints.td"
include "mlir/IR/RegionKindInterface.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/DestinationStyleOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def Kernel_GenericOp : Kernel_Op<"generic", [
    AttrSizedOperandSegments,
    DestinationStyleOpInterface,
    RecursiveMemoryEffects,
    SingleBlock]> {
  let summary = "One loop nest over an iteration space, with a scalar body";
  let description = [{
    The iteration space has one loop per entry of `iterator_types`
    (`parallel` or `reduction`). For each operand (inputs, then outputs)
    `indexing_maps` gives an affine map from loop indices to the element it
    touches. The body receives one scalar per operand (the output's current
    value last) and yields the new value of each output. Loop bounds come
    from the operand shapes: every loop must appear alone as a result of
    some map. Outputs are destinations (destination-passing style): the
    results have the outputs' types, and reductions accumulate into them.

    A matmul:

    ```mlir
    %r = kernel.generic ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>)
        outs(%c : tensor<4x16xf32>)
        indexing_maps = [affine_map<(m, n, k) -> (m, k)>,
                         affine_map<(m, n, k) -> (k, n)>,
                         affine_map<(m, n, k) -> (m, n)>]
        iterator_types = [parallel, parallel, reduction] {
    ^bb0(%x: f32, %y: f32, %acc: f32):
      %p = arith.mulf %x, %y : f32
      %s = arith.addf %acc, %p : f32
      kernel.yield %s : f32
    } -> tensor<4x16xf32>
    ```

    A 2-D convolution reads its input through `oh * stride + kh`; a pool
    has the same maps without a weight operand. `kernel.index` gives the
    current index of a loop, for gathers, iotas and padding.
  }];
  let arguments = (ins Variadic<AnyRankedTensor>:$inputs,
                       Variadic<AnyRankedTensor>:$outputs,
                       AffineMapArrayAttr:$indexing_maps,
                       Kernel_IteratorTypeArrayAttr:$iterator_types);
  let results = (outs Variadic<AnyRankedTensor>:$results);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    (`ins` `(` $inputs^ `:` type($inputs) `)`)?
    `outs` `(` $outputs `:` type($outputs) `)`
    `indexing_maps` `=` $indexing_maps
    `iterator_types` `=` custom<IteratorTypes>($iterator_types)
    attr-dict-with-keyword $body `->` type($results)
  }];
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// Number of loops of the iteration space.
    unsigned getNumLoops() { return getIteratorTypes().size(); }
    /// The iterator type of every loop.
    ::llvm::SmallVector<IteratorType> getIteratorTypesArray();
    /// The indexing maps, inputs first.
    ::llvm::SmallVector<::mlir::AffineMap> getIndexingMapsArray();
    /// The map of operand `i` (inputs, then outputs).
    ::mlir::AffineMap getIndexingMap(unsigned i);
    /// The extent of each loop taken from the operand shapes
    /// (ShapedType::kDynamic where the shape is dynamic).
    ::llvm::SmallVector<int64_t> getStaticLoopRanges();
    /// The number of iterations of the whole nest (the product of the loop
    /// extents), or std::nullopt when an extent is dynamic.
    std::optional<int64_t> getStaticIterationCount();
    /// True if every loop is parallel and every map is a permutation or a
    /// broadcast (a projected permutation).
    bool isElementwise();
    /// True if the op has at least one reduction loop.
    bool hasReduction();

    // DestinationStyleOpInterface.
    ::mlir::MutableOperandRange getDpsInitsMutable() {
      return getOutputsMutable();
    }
  }];
}

def Kernel_FusedOp : Kernel_Op<"fused", [
    AttrSizedOperandSegments,
    DestinationStyleOpInterface,
    IsolatedFromAbove,
    RecursiveMemoryEffects,
    SingleBlock]> {
  let summary = "A group of kernel ops compiled as one kernel";
  let description = [{
    Everything in the body becomes one kernel: intermediate values between
    its `kernel.generic`s stay in registers or cache instead of memory. The
    body is isolated from above; block arguments stand for `ins` then `outs`,
    and `kernel.yield` gives the results, which take the types of `outs`.
    The root of the kernel is its `kernel.generic` with the most loops (the
    last one on a tie): the contraction of a conv or matmul with fused
    epilogues, the reduction of a softmax. `schedule` refers to the root's
    loops; the other generics are computed inside the root's tiles.

    ```mlir
    %r = kernel.fused ins(%a, %b : tensor<64x64xf32>, tensor<64x64xf32>)
        outs(%init : tensor<64x64xf32>)
        schedule = #kernel.schedule<tiles = [[32, 32, 64]], vector = 16> {
    ^bb0(%x: tensor<64x64xf32>, %y: tensor<64x64xf32>, %o: tensor<64x64xf32>):
      %m = kernel.generic ins(%x, %y : tensor<64x64xf32>, tensor<64x64xf32>)
          outs(%o : tensor<64x64xf32>) indexing_maps = [...]
          iterator_types = [parallel, parallel, reduction] { ... } -> tensor<64x64xf32>
      kernel.yield %m : tensor<64x64xf32>
    } -> tensor<64x64xf32>
    ```
  }];
  let arguments = (ins Variadic<AnyRankedTensor>:$inputs,
                       Variadic<AnyRankedTensor>:$outputs,
                       OptionalAttr<Kernel_ScheduleAttr>:$schedule);
  let results = (outs Variadic<AnyRankedTensor>:$results);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    (`ins` `(` $inputs^ `:` type($inputs) `)`)?
    `outs` `(` $outputs `:` type($outputs) `)`
    (`schedule` `=` qualified($schedule)^)?
    attr-dict-with-keyword $body `->` type($results)
  }];
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// The generic with the most loops (the last on a tie), if any.
    GenericOp getRoot();

    // DestinationStyleOpInterface.
    ::mlir::MutableOperandRange getDpsInitsMutable() {
      return getOutputsMutable();
    }
  }];
}

def Kernel_YieldOp : Kernel_Op<"yield", [
    Pure, ReturnLike, Terminator,
    ParentOneOf<["GenericOp", "FusedOp"]>]> {
  let summary = "Yields the values of a kernel.generic or kernel.fused body";
  let description = [{
    In a `kernel.generic`, yields one scalar per output; in a
    `kernel.fused`, one tensor per output.

    ```mlir
    kernel.yield %s : f32
    ```
  }];
  let arguments = (ins Variadic<AnyType>:$values);
  let assemblyFormat = "attr-dict ($values^ `:` type($values))?";
  let builders = [OpBuilder<(ins), [{ /* nothing to do */ }]>];
}

def Kernel_IndexOp : Kernel_Op<"index", [Pure]> {
  let summary = "The current index of one loop of the enclosing kernel.generic";
  let description = [{
    ```mlir
    %i = kernel.index 1 : index
    ```
  }];
  let arguments = (ins ConfinedAttr<I64Attr, [IntNonNegative]>:$dim);
  let results = (outs Index:$result);
  let assemblyFormat = "$dim attr-dict `:` type($result)";
  let builders = [
    OpBuilder<(ins "int64_t":$dim), [{
      build($_builder, $_state, $_builder.getIndexType(),
            $_builder.getI64IntegerAttr(dim));
    }]>
  ];
  let hasVerifier = 1;
}

#endif // DLC_DIALECT_KERNEL_KERNELOPS_TD
