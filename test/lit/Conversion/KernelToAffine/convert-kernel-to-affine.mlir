// RUN: dlc-opt %s -convert-kernel-to-affine -split-input-file | FileCheck %s

// The whole KernelToAffine pipeline: kernels to linalg, one-shot
// bufferization, results to out-params, the arena plan and loops that
// follow each kernel's schedule.

// Two kernels: a matmul (tiles of 2 x 4, the reduction untiled, dim 0 in
// parallel) and a relu (its rows of 8 as one masked vector each). The
// matmul's result is an intermediate: it lives in the arena (128 bytes),
// filled (masked vector stores of zeros) then accumulated in place, each
// element in a register along the reduction loop (iter_args); the
// relu writes the model's output straight into its out-param, with no
// copy. The masks do not change along the loops: computed before them.
// CHECK-DAG:   #[[$ID:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG:   #[[$P2:.*]] = affine_map<(d0) -> (d0 + 2)>
// CHECK-DAG:   #[[$P4:.*]] = affine_map<(d0) -> (d0 + 4)>
// CHECK-LABEL: func.func @mlp(
//  CHECK-SAME:     %[[A:[^:]*]]: memref<4x3xf32> {llvm.noalias}, %[[B:[^:]*]]: memref<3x8xf32> {llvm.noalias}, %[[OUT:[^:]*]]: memref<4x8xf32> {llvm.noalias}, %[[ARENA:[^:]*]]: memref<128xi8> {llvm.noalias})
//  CHECK-SAME:     attributes {dlc.arena_bytes = 128 : i64}
//   CHECK-DAG:   %[[ZERO:.*]] = arith.constant dense<0.000000e+00> : vector<16xf32>
//   CHECK-DAG:   %[[OFF:.*]] = arith.constant 0 : index
//       CHECK:   %[[MM:.*]] = memref.view %[[ARENA]][%[[OFF]]][] : memref<128xi8> to memref<4x8xf32>
//  CHECK-NEXT:   %[[M8:.*]] = vector.constant_mask [8] : vector<16xi1>
//  CHECK-NEXT:   affine.for %[[I:.*]] = 0 to 4 {
//  CHECK-NEXT:     vector.maskedstore %[[MM]][%[[I]], %[[OFF]]], %[[M8]], %[[ZERO]]
//  CHECK-NEXT:   }
//  CHECK-NEXT:   affine.parallel (%[[M0:.*]]) = (0) to (4) step (2) {
//  CHECK-NEXT:     affine.for %[[N0:.*]] = 0 to 8 step 4 {
//  CHECK-NEXT:       affine.for %{{.*}} = 0 to 3 step 3 {
//  CHECK-NEXT:         affine.for %[[M:.*]] = #[[$ID]](%[[M0]]) to #[[$P2]](%[[M0]]) {
//  CHECK-NEXT:           affine.for %[[N:.*]] = #[[$ID]](%[[N0]]) to #[[$P4]](%[[N0]]) {
//  CHECK-NEXT:             %[[INIT:.*]] = affine.load %[[MM]][%[[M]], %[[N]]]
//  CHECK-NEXT:             %[[DOT:.*]] = affine.for %[[K:.*]] = 0 to 3 iter_args(%[[ACC:.*]] = %[[INIT]]) -> (f32) {
//  CHECK-NEXT:               affine.load %[[A]][%[[M]], %[[K]]]
//  CHECK-NEXT:               affine.load %[[B]][%[[K]], %[[N]]]
//  CHECK-NEXT:               arith.mulf
//  CHECK-NEXT:               arith.addf %[[ACC]]
//  CHECK-NEXT:               affine.yield
//  CHECK-NEXT:             }
//  CHECK-NEXT:             affine.store %[[DOT]], %[[MM]][%[[M]], %[[N]]]
//       CHECK:   %[[RM:.*]] = vector.constant_mask [8] : vector<16xi1>
//  CHECK-NEXT:   affine.for %[[RI:.*]] = 0 to 4 {
//  CHECK-NEXT:     %[[V:.*]] = vector.maskedload %[[MM]][%[[RI]], %[[OFF]]], %[[RM]], %[[ZERO]]
//  CHECK-NEXT:     %[[R:.*]] = arith.maximumf %[[V]], %[[ZERO]] : vector<16xf32>
//  CHECK-NEXT:     vector.maskedstore %[[OUT]][%[[RI]], %[[OFF]]], %[[RM]], %[[R]]
//  CHECK-NEXT:   }
//   CHECK-NOT:   memref.copy
//   CHECK-NOT:   memref.alloc
//       CHECK:   return
func.func @mlp(%a: tensor<4x3xf32>, %b: tensor<3x8xf32>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %mm = kernel.fused ins(%a, %b : tensor<4x3xf32>, tensor<3x8xf32>) outs(%e : tensor<4x8xf32>)
      schedule = #kernel.schedule<tiles = [[2, 4, 0]], parallel = [0]> {
  ^bb0(%x: tensor<4x3xf32>, %y: tensor<3x8xf32>, %o: tensor<4x8xf32>):
    %zero = arith.constant 0.0 : f32
    %f = kernel.generic outs(%o : tensor<4x8xf32>) indexing_maps = [affine_map<(m, n) -> (m, n)>]
        iterator_types = [parallel, parallel] {
    ^bb0(%out: f32):
      kernel.yield %zero : f32
    } -> tensor<4x8xf32>
    %g = kernel.generic ins(%x, %y : tensor<4x3xf32>, tensor<3x8xf32>) outs(%f : tensor<4x8xf32>)
        indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>]
        iterator_types = [parallel, parallel, reduction] {
    ^bb0(%p: f32, %q: f32, %acc: f32):
      %s = arith.mulf %p, %q : f32
      %t = arith.addf %acc, %s : f32
      kernel.yield %t : f32
    } -> tensor<4x8xf32>
    kernel.yield %g : tensor<4x8xf32>
  } -> tensor<4x8xf32>
  %e2 = tensor.empty() : tensor<4x8xf32>
  %relu = kernel.fused ins(%mm : tensor<4x8xf32>) outs(%e2 : tensor<4x8xf32>) {
  ^bb0(%x: tensor<4x8xf32>, %o: tensor<4x8xf32>):
    %zero = arith.constant 0.0 : f32
    %g = kernel.generic ins(%x : tensor<4x8xf32>) outs(%o : tensor<4x8xf32>)
        indexing_maps = [affine_map<(m, n) -> (m, n)>, affine_map<(m, n) -> (m, n)>] iterator_types = [parallel, parallel] {
    ^bb0(%v: f32, %out: f32):
      %r = arith.maximumf %v, %zero : f32
      kernel.yield %r : f32
    } -> tensor<4x8xf32>
    kernel.yield %g : tensor<4x8xf32>
  } -> tensor<4x8xf32>
  return %relu : tensor<4x8xf32>
}

// -----

// Three outputs: a computed tensor (written into its out-param), an input
// returned as it is (copied into its out-param) and the computed tensor
// again (its own out-param, filled by a copy loop). No arena is needed.
// CHECK-LABEL: func.func @outputs(
//  CHECK-SAME:     %[[X:[^:]*]]: memref<4xf32> {llvm.noalias}, %[[O0:[^:]*]]: memref<4xf32> {llvm.noalias}, %[[O1:[^:]*]]: memref<4xf32> {llvm.noalias}, %[[O2:[^:]*]]: memref<4xf32> {llvm.noalias}, %{{.*}}: memref<1xi8> {llvm.noalias})
//  CHECK-SAME:     attributes {dlc.arena_bytes = 0 : i64}
//       CHECK:   %[[M:.*]] = vector.constant_mask [4] : vector<16xi1>
//  CHECK-NEXT:   %[[V:.*]] = vector.maskedload %[[X]][%{{.*}}], %[[M]]
//  CHECK-NEXT:   %[[N:.*]] = arith.negf %[[V]]
//  CHECK-NEXT:   vector.maskedstore %[[O0]][%{{.*}}], %[[M]], %[[N]]
//  CHECK-NEXT:   %[[M2:.*]] = vector.constant_mask [4] : vector<16xi1>
//  CHECK-NEXT:   %[[W:.*]] = vector.maskedload %[[O0]][%{{.*}}], %[[M2]]
//  CHECK-NEXT:   vector.maskedstore %[[O2]][%{{.*}}], %[[M2]], %[[W]]
//  CHECK-NEXT:   memref.copy %[[X]], %[[O1]]
//  CHECK-NEXT:   return
func.func @outputs(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %e = tensor.empty() : tensor<4xf32>
  %n = kernel.fused ins(%x : tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%in: tensor<4xf32>, %o: tensor<4xf32>):
    %g = kernel.generic ins(%in : tensor<4xf32>) outs(%o : tensor<4xf32>)
        indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>] iterator_types = [parallel] {
    ^bb0(%v: f32, %out: f32):
      %r = arith.negf %v : f32
      kernel.yield %r : f32
    } -> tensor<4xf32>
    kernel.yield %g : tensor<4xf32>
  } -> tensor<4xf32>
  return %n, %x, %n : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// What does not change along the vectorized row loop (the row's scale: a
// load and an rsqrt) is computed once per row, before it, also inside a
// parallel loop (whose outlined body LLVM could not move the load out of).
// CHECK-LABEL: func.func @row_scale(
//       CHECK:   affine.parallel (%[[I:.*]]) = (0) to (4) {
//  CHECK-NEXT:     %[[V:.*]] = affine.load %{{.*}}[%[[I]]] : memref<4xf32>
//  CHECK-NEXT:     %[[B:.*]] = vector.broadcast %[[V]] : f32 to vector<16xf32>
//  CHECK-NEXT:     %[[S:.*]] = math.rsqrt %[[B]] : vector<16xf32>
//  CHECK-NEXT:     affine.for %[[J:.*]] = 0 to 32 step 16 {
//  CHECK-NEXT:       %[[X:.*]] = vector.load %{{.*}}[%[[I]], %[[J]]]
//  CHECK-NEXT:       %[[P:.*]] = arith.mulf %[[X]], %[[S]] : vector<16xf32>
//  CHECK-NEXT:       vector.store %[[P]]
func.func @row_scale(%x: tensor<4x32xf32>, %v: tensor<4xf32>) -> tensor<4x32xf32> {
  %e = tensor.empty() : tensor<4x32xf32>
  %r = kernel.fused ins(%x, %v : tensor<4x32xf32>, tensor<4xf32>) outs(%e : tensor<4x32xf32>)
      schedule = #kernel.schedule<parallel = [0]> {
  ^bb0(%a: tensor<4x32xf32>, %b: tensor<4xf32>, %o: tensor<4x32xf32>):
    %g = kernel.generic ins(%a, %b : tensor<4x32xf32>, tensor<4xf32>) outs(%o : tensor<4x32xf32>)
        indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>, affine_map<(i, j) -> (i, j)>]
        iterator_types = [parallel, parallel] {
    ^bb0(%p: f32, %q: f32, %out: f32):
      %s = math.rsqrt %q : f32
      %m = arith.mulf %p, %s : f32
      kernel.yield %m : f32
    } -> tensor<4x32xf32>
    kernel.yield %g : tensor<4x32xf32>
  } -> tensor<4x32xf32>
  return %r : tensor<4x32xf32>
}
