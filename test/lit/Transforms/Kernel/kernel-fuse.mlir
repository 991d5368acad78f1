// RUN: dlc-opt %s -split-input-file --convert-graph-to-kernel --kernel-fuse | FileCheck %s
// RUN: dlc-opt %s -split-input-file --convert-graph-to-kernel --kernel-fuse=explain -verify-diagnostics -o /dev/null

// Which kernels kernel-fuse merges (planElementwiseFusion) and what the
// merged kernel computes. Each graph op starts as its own kernel.fused.

// An elementwise chain, add -> relu -> mul, is one kernel with one generic:
// the intermediates are gone, %x (read by the add and the mul) is read once,
// and the result is written into the add's destination.
// CHECK-DAG:   #[[$ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG:   #[[$ROW:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @chain(
//  CHECK-SAME:     %[[X:.*]]: tensor<4x8xf32>, %[[B:.*]]: tensor<8xf32>)
//       CHECK:   %[[E:.*]] = tensor.empty() : tensor<4x8xf32>
//       CHECK:   %[[R:.*]] = kernel.fused ins(%[[X]], %[[B]] : tensor<4x8xf32>, tensor<8xf32>) outs(%[[E]] : tensor<4x8xf32>) schedule = #kernel.schedule<>
//       CHECK:     kernel.generic ins(%{{.*}}, %{{.*}} : tensor<4x8xf32>, tensor<8xf32>) outs(%{{.*}} : tensor<4x8xf32>) indexing_maps = [#[[$ID]], #[[$ROW]], #[[$ID]]] iterator_types = [parallel, parallel]
//  CHECK-NEXT:     ^bb0(%[[XV:.*]]: f32, %[[BV:.*]]: f32, %{{.*}}: f32):
//  CHECK-NEXT:       %[[SUM:.*]] = arith.addf %[[XV]], %[[BV]] : f32
//  CHECK-NEXT:       %[[RELU:.*]] = arith.maximumf %[[SUM]], %{{.*}} : f32
//  CHECK-NEXT:       %[[MUL:.*]] = arith.mulf %[[RELU]], %[[XV]] : f32
//  CHECK-NEXT:       kernel.yield %[[MUL]] : f32
//   CHECK-NOT:     kernel.generic
//       CHECK:   return %[[R]]
//   CHECK-NOT:   kernel.fused
func.func @chain(%x: tensor<4x8xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %0 = graph.add %x, %b : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %1 = graph.relu %0 : tensor<4x8xf32>
  // expected-remark @+1 {{not fused: its result is used by func.return, not a kernel}}
  %2 = graph.mul %1, %x : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %2 : tensor<4x8xf32>
}

// -----

// An elementwise op feeding a softmax over its own iteration space: one
// kernel with the softmax's generics, each reading the add's inputs (the
// add is recomputed by each of the three, never once per reduction step).
// CHECK-LABEL: func.func @softmax(
//       CHECK:   kernel.fused ins(%{{.*}}, %{{.*}} : tensor<4x8xf32>, tensor<8xf32>)
//       CHECK:     kernel.generic ins(%{{.*}}, %{{.*}} : tensor<4x8xf32>, tensor<8xf32>) {{.*}} iterator_types = [parallel, reduction]
//       CHECK:       arith.addf
//  CHECK-NEXT:       arith.maximumf
//       CHECK:     kernel.generic ins({{.*}} : tensor<4x1xf32>, tensor<4x8xf32>, tensor<8xf32>) {{.*}} iterator_types = [parallel, reduction]
//       CHECK:       arith.addf
//  CHECK-NEXT:       arith.subf
//  CHECK-NEXT:       math.exp
//       CHECK:     kernel.generic ins({{.*}} : tensor<4x1xf32>, tensor<4x1xf32>, tensor<4x8xf32>, tensor<8xf32>) {{.*}} iterator_types = [parallel, parallel]
//       CHECK:       arith.addf
//  CHECK-NEXT:       arith.subf
//  CHECK-NEXT:       math.exp
//  CHECK-NEXT:       arith.divf
//   CHECK-NOT:   kernel.fused
func.func @softmax(%x: tensor<4x8xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %0 = graph.add %x, %b : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  // expected-remark @+1 {{not fused: it is not elementwise}}
  %1 = graph.softmax %0 {axis = 1 : i64} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %1 : tensor<4x8xf32>
}

// -----

// exp feeding a sum over its own elements: the exp moves into the
// reduction's body, each element computed once.
// CHECK-LABEL: func.func @reduce(
//  CHECK-SAME:     %[[X:.*]]: tensor<4x8xf32>)
//       CHECK:   kernel.fused ins(%[[X]] : tensor<4x8xf32>) outs(%{{.*}} : tensor<4x1xf32>)
//       CHECK:     kernel.generic ins(%{{.*}} : tensor<4x8xf32>) {{.*}} iterator_types = [parallel, reduction]
//  CHECK-NEXT:     ^bb0(%[[V:.*]]: f32, %[[ACC:.*]]: f32):
//  CHECK-NEXT:       %[[E:.*]] = math.exp %[[V]] : f32
//  CHECK-NEXT:       arith.addf %[[ACC]], %[[E]] : f32
//   CHECK-NOT:   kernel.fused
func.func @reduce(%x: tensor<4x8xf32>) -> tensor<4x1xf32> {
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %0 = graph.exp %x : tensor<4x8xf32>
  // expected-remark @+1 {{not fused: it is not elementwise}}
  %1 = graph.reduce_sum %0 {axes = array<i64: 1>} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  return %1 : tensor<4x1xf32>
}

// -----

// A transpose reads through a permutation: neg -> transpose -> abs is one
// generic reading %x through the transpose's map.
// CHECK-DAG:   #[[$PERM:.*]] = affine_map<(d0, d1, d2) -> (d2, d0, d1)>
// CHECK-LABEL: func.func @transpose(
//       CHECK:   kernel.fused
//       CHECK:     kernel.generic ins(%{{.*}} : tensor<2x3x4xf32>) outs(%{{.*}} : tensor<3x4x2xf32>) indexing_maps = [#[[$PERM]], #{{.*}}]
//       CHECK:       arith.negf
//  CHECK-NEXT:       math.absf
//   CHECK-NOT:   kernel.fused
func.func @transpose(%x: tensor<2x3x4xf32>) -> tensor<3x4x2xf32> {
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %0 = graph.neg %x : tensor<2x3x4xf32>
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %1 = graph.transpose %0 {perm = array<i64: 1, 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3x4x2xf32>
  // expected-remark @+1 {{not fused: its result is used by func.return, not a kernel}}
  %2 = graph.abs %1 : tensor<3x4x2xf32>
  return %2 : tensor<3x4x2xf32>
}

// -----

// Not fused: a matmul reads its operand once per output column; the relu
// would be computed 16 times per element.
// CHECK-LABEL: func.func @matmul_operand(
//       CHECK:   %[[RELU:.*]] = kernel.fused
//       CHECK:     arith.maximumf
//       CHECK:   kernel.fused ins(%[[RELU]], %{{.*}} : tensor<4x8xf32>, tensor<8x16xf32>)
func.func @matmul_operand(%a: tensor<4x8xf32>, %w: tensor<8x16xf32>) -> tensor<4x16xf32> {
  // expected-remark @+1 {{not fused: its consumer reads it other than through a permutation of a generic's loops (it would be computed more than once per element)}}
  %0 = graph.relu %a : tensor<4x8xf32>
  // expected-remark @+1 {{not fused: it is not elementwise}}
  %1 = graph.matmul %0, %w : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  return %1 : tensor<4x16xf32>
}

// -----

// Not fused: the add has two readers (fusing would compute it twice).
// CHECK-LABEL: func.func @multiple_users(
//       CHECK:   %[[ADD:.*]] = kernel.fused
//       CHECK:     arith.addf
//       CHECK:   kernel.fused ins(%[[ADD]] : tensor<4x8xf32>)
//       CHECK:     arith.maximumf
//       CHECK:   kernel.fused ins(%[[ADD]] : tensor<4x8xf32>)
//       CHECK:     math.exp
func.func @multiple_users(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  // expected-remark @+1 {{not fused: its result has more than one user}}
  %0 = graph.add %x, %y : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  // expected-remark @+1 {{not fused: its result is used by func.return, not a kernel}}
  %1 = graph.relu %0 : tensor<4x8xf32>
  // expected-remark @+1 {{not fused: its result is used by func.return, not a kernel}}
  %2 = graph.sigmoid %0 : tensor<4x8xf32>
  return %1, %2 : tensor<4x8xf32>, tensor<4x8xf32>
}

// -----

// Not fused: a reduction is not elementwise (its result is complete only
// after the last step); the relu after it stays a kernel of its own (it
// would be the reduction's root, with as many loops).
// CHECK-LABEL: func.func @reduction_producer(
//       CHECK:   %[[SUM:.*]] = kernel.fused
//       CHECK:     iterator_types = [parallel, reduction]
//       CHECK:   kernel.fused ins(%[[SUM]] : tensor<4x1xf32>)
//       CHECK:     arith.maximumf
func.func @reduction_producer(%x: tensor<4x8xf32>) -> tensor<4x1xf32> {
  // expected-remark @+1 {{not fused: it is not elementwise}}
  %0 = graph.reduce_sum %x {axes = array<i64: 1>} : (tensor<4x8xf32>) -> tensor<4x1xf32>
  // expected-remark @+2 {{not fused: its result is used by func.return, not a kernel}}
  // expected-remark @+1 {{not an epilogue: it has as many loops as the root of the kernel it reads}}
  %1 = graph.relu %0 : tensor<4x1xf32>
  return %1 : tensor<4x1xf32>
}

// -----

// Not fused: the add broadcasts the relu's result along a new dim, so the
// relu would be computed 4 times per element.
// CHECK-LABEL: func.func @broadcast_read(
//       CHECK:   %[[RELU:.*]] = kernel.fused
//       CHECK:   kernel.fused ins(%{{.*}}, %[[RELU]] : tensor<4x8xf32>, tensor<8xf32>)
func.func @broadcast_read(%x: tensor<4x8xf32>, %b: tensor<8xf32>) -> tensor<4x8xf32> {
  // expected-remark @+1 {{not fused: its consumer reads it other than through a permutation of a generic's loops (it would be computed more than once per element)}}
  %0 = graph.relu %b : tensor<8xf32>
  // expected-remark @+1 {{not fused: its result is used by func.return, not a kernel}}
  %1 = graph.add %x, %0 : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  return %1 : tensor<4x8xf32>
}

// -----

// Kernels written by hand: the merged kernel keeps the consumer's schedule
// (its root is the consumer's generic), not the producer's; the consumer's
// destination, the producer's result, becomes the producer's destination.
// CHECK-LABEL: func.func @keeps_consumer_schedule(
//  CHECK-SAME:     %[[X:.*]]: tensor<4x8xf32>, %[[INIT:.*]]: tensor<4x8xf32>)
//       CHECK:   %[[R:.*]] = kernel.fused ins(%[[X]] : tensor<4x8xf32>) outs(%[[INIT]] : tensor<4x8xf32>) schedule = #kernel.schedule<tiles = {{\[}}[2, 4]], parallel = [0]>
//       CHECK:     kernel.generic
//       CHECK:       arith.negf
//  CHECK-NEXT:       math.exp
//   CHECK-NOT:     kernel.generic
//       CHECK:   return %[[R]]
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @keeps_consumer_schedule(%x: tensor<4x8xf32>, %init: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %0 = kernel.fused ins(%x : tensor<4x8xf32>) outs(%init : tensor<4x8xf32>) schedule = #kernel.schedule<parallel = [1]> {
  ^bb0(%a: tensor<4x8xf32>, %o: tensor<4x8xf32>):
    %g = kernel.generic ins(%a : tensor<4x8xf32>) outs(%o : tensor<4x8xf32>) indexing_maps = [#id, #id] iterator_types = [parallel, parallel] {
    ^bb0(%v: f32, %acc: f32):
      %n = arith.negf %v : f32
      kernel.yield %n : f32
    } -> tensor<4x8xf32>
    kernel.yield %g : tensor<4x8xf32>
  } -> tensor<4x8xf32>
  // expected-remark @+1 {{not fused: its result is used by func.return, not a kernel}}
  %1 = kernel.fused ins(%0 : tensor<4x8xf32>) outs(%0 : tensor<4x8xf32>) schedule = #kernel.schedule<tiles = [[2, 4]], parallel = [0]> {
  ^bb0(%a: tensor<4x8xf32>, %o: tensor<4x8xf32>):
    %g = kernel.generic ins(%a : tensor<4x8xf32>) outs(%o : tensor<4x8xf32>) indexing_maps = [#id, #id] iterator_types = [parallel, parallel] {
    ^bb0(%v: f32, %acc: f32):
      %e = math.exp %v : f32
      kernel.yield %e : f32
    } -> tensor<4x8xf32>
    kernel.yield %g : tensor<4x8xf32>
  } -> tensor<4x8xf32>
  return %1 : tensor<4x8xf32>
}

// -----

// kernel.index in the producer counts the producer's loops; inlined into a
// consumer that reads it transposed, it counts the consumer's loops in the
// producer's order: P[i, j] = i * j + j read as P[b, a] is b * a + a. The
// producer's destination, no longer needed, is no input of the kernel.
// CHECK-LABEL: func.func @index_renumbered(
//  CHECK-SAME:     %{{.*}}: tensor<3x4xf32>, %[[INIT:.*]]: tensor<4x3xf32>)
//       CHECK:   kernel.fused outs(%[[INIT]] : tensor<4x3xf32>) schedule = #kernel.schedule<parallel = [0]>
//       CHECK:     kernel.generic outs(
//  CHECK-NEXT:     ^bb0(%{{.*}}: f32):
//  CHECK-NEXT:       %[[B:.*]] = kernel.index 1 : index
//  CHECK-NEXT:       %[[A:.*]] = kernel.index 0 : index
//  CHECK-NEXT:       %[[M:.*]] = arith.muli %[[B]], %[[A]] : index
//  CHECK-NEXT:       arith.addi %[[M]], %[[A]] : index
//   CHECK-NOT:   kernel.fused
#id2 = affine_map<(d0, d1) -> (d0, d1)>
#tr2 = affine_map<(d0, d1) -> (d1, d0)>
func.func @index_renumbered(%init: tensor<3x4xf32>, %init2: tensor<4x3xf32>) -> tensor<4x3xf32> {
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %0 = kernel.fused outs(%init : tensor<3x4xf32>) {
  ^bb0(%o: tensor<3x4xf32>):
    %g = kernel.generic outs(%o : tensor<3x4xf32>) indexing_maps = [#id2] iterator_types = [parallel, parallel] {
    ^bb0(%acc: f32):
      %i = kernel.index 0 : index
      %j = kernel.index 1 : index
      %k = arith.muli %i, %j : index
      %s = arith.addi %k, %j : index
      %c = arith.index_cast %s : index to i64
      %f = arith.sitofp %c : i64 to f32
      kernel.yield %f : f32
    } -> tensor<3x4xf32>
    kernel.yield %g : tensor<3x4xf32>
  } -> tensor<3x4xf32>
  // expected-remark @+1 {{not fused: its result is used by func.return, not a kernel}}
  %1 = kernel.fused ins(%0 : tensor<3x4xf32>) outs(%init2 : tensor<4x3xf32>) schedule = #kernel.schedule<parallel = [0]> {
  ^bb0(%a: tensor<3x4xf32>, %o: tensor<4x3xf32>):
    %g = kernel.generic ins(%a : tensor<3x4xf32>) outs(%o : tensor<4x3xf32>) indexing_maps = [#tr2, #id2] iterator_types = [parallel, parallel] {
    ^bb0(%v: f32, %acc: f32):
      %i = kernel.index 0 : index
      %c = arith.index_cast %i : index to i64
      %f = arith.sitofp %c : i64 to f32
      %r = arith.addf %v, %f : f32
      kernel.yield %r : f32
    } -> tensor<4x3xf32>
    kernel.yield %g : tensor<4x3xf32>
  } -> tensor<4x3xf32>
  return %1 : tensor<4x3xf32>
}

// -----

// Not fused: the expand broadcasts along the softmax's axis, a reduction
// loop whose extent only the expand's result gives (fused, the max and the
// sum would have no bound for it).
// CHECK-LABEL: func.func @expand_into_softmax_axis(
//       CHECK:   %[[EXPANDED:.*]] = kernel.fused
//       CHECK:   kernel.fused ins(%[[EXPANDED]] : tensor<4x8xf32>)
func.func @expand_into_softmax_axis(%x: tensor<1x8xf32>) -> tensor<4x8xf32> {
  %s = graph.constant dense<[4, 8]> : tensor<2xi64>
  // expected-remark @+1 {{not fused: it broadcasts along a loop of its consumer that only its result gives a bound to}}
  %0 = graph.expand %x, %s : (tensor<1x8xf32>, tensor<2xi64>) -> tensor<4x8xf32>
  // expected-remark @+1 {{not fused: it is not elementwise}}
  %1 = graph.softmax %0 {axis = 0 : i64} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %1 : tensor<4x8xf32>
}

// -----

// A fill (no inputs) -> exp -> a sum along dim 1. Each link is fusable on
// its own, so the three kernels merge; the exp moves into the sum, but the
// fill cannot (the sum's reduction loop would have no bound) and stays a
// generic of the merged kernel, its value an intermediate tensor there.
// CHECK-LABEL: func.func @fill_exp_sum(
//       CHECK:   kernel.fused ins(%{{.*}} : tensor<4x8xf32>) outs(%{{.*}} : tensor<4x1xf32>) schedule = #kernel.schedule<parallel = [0]>
//       CHECK:     %[[FILL:.*]] = kernel.generic outs(%{{.*}} : tensor<4x8xf32>)
//       CHECK:       kernel.yield %{{.*}} : f32
//       CHECK:     kernel.generic ins(%[[FILL]] : tensor<4x8xf32>) {{.*}} iterator_types = [parallel, reduction]
//       CHECK:       math.exp
//  CHECK-NEXT:       arith.addf
//   CHECK-NOT:   kernel.fused
#idf = affine_map<(d0, d1) -> (d0, d1)>
#rowf = affine_map<(d0, d1) -> (d0, 0)>
func.func @fill_exp_sum(%e: tensor<4x8xf32>, %s: tensor<4x1xf32>) -> tensor<4x1xf32> {
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %0 = kernel.fused outs(%e : tensor<4x8xf32>) {
  ^bb0(%o: tensor<4x8xf32>):
    %c = arith.constant 2.0 : f32
    %g = kernel.generic outs(%o : tensor<4x8xf32>) indexing_maps = [#idf] iterator_types = [parallel, parallel] {
    ^bb0(%acc: f32):
      kernel.yield %c : f32
    } -> tensor<4x8xf32>
    kernel.yield %g : tensor<4x8xf32>
  } -> tensor<4x8xf32>
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %1 = kernel.fused ins(%0 : tensor<4x8xf32>) outs(%0 : tensor<4x8xf32>) {
  ^bb0(%a: tensor<4x8xf32>, %o: tensor<4x8xf32>):
    %g = kernel.generic ins(%a : tensor<4x8xf32>) outs(%o : tensor<4x8xf32>) indexing_maps = [#idf, #idf] iterator_types = [parallel, parallel] {
    ^bb0(%v: f32, %acc: f32):
      %x = math.exp %v : f32
      kernel.yield %x : f32
    } -> tensor<4x8xf32>
    kernel.yield %g : tensor<4x8xf32>
  } -> tensor<4x8xf32>
  // expected-remark @+1 {{not fused: it is not elementwise}}
  %2 = kernel.fused ins(%1 : tensor<4x8xf32>) outs(%s : tensor<4x1xf32>) schedule = #kernel.schedule<parallel = [0]> {
  ^bb0(%a: tensor<4x8xf32>, %o: tensor<4x1xf32>):
    %g = kernel.generic ins(%a : tensor<4x8xf32>) outs(%o : tensor<4x1xf32>) indexing_maps = [#idf, #rowf] iterator_types = [parallel, reduction] {
    ^bb0(%v: f32, %acc: f32):
      %x = arith.addf %acc, %v : f32
      kernel.yield %x : f32
    } -> tensor<4x1xf32>
    kernel.yield %g : tensor<4x1xf32>
  } -> tensor<4x1xf32>
  return %2 : tensor<4x1xf32>
}

// -----

// Not fused: f64 erf becomes a call to libm's erf on the CPU, and LLVM does
// not vectorize a loop holding a call; fused with the divide and the add,
// these would run scalar too. The erf stays alone; the add and the
// multiply fuse.
// CHECK-LABEL: func.func @scalar_call(
//       CHECK:   kernel.fused
//       CHECK:     arith.divf
//       CHECK:   kernel.fused
//       CHECK:     math.erf
//       CHECK:   kernel.fused
//       CHECK:     arith.addf
//  CHECK-NEXT:     arith.mulf
//   CHECK-NOT:   kernel.fused
func.func @scalar_call(%x: tensor<4x8xf64>, %y: tensor<4x8xf64>) -> tensor<4x8xf64> {
  // expected-remark @+1 {{not fused: one of it and its consumer calls a scalar math function and the other does not (fused, none of it would vectorize)}}
  %0 = graph.div %x, %y : (tensor<4x8xf64>, tensor<4x8xf64>) -> tensor<4x8xf64>
  // expected-remark @+1 {{not fused: one of it and its consumer calls a scalar math function and the other does not (fused, none of it would vectorize)}}
  %1 = graph.erf %0 : tensor<4x8xf64>
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %2 = graph.add %1, %y : (tensor<4x8xf64>, tensor<4x8xf64>) -> tensor<4x8xf64>
  // expected-remark @+1 {{not fused: its result is used by func.return, not a kernel}}
  %3 = graph.mul %2, %x : (tensor<4x8xf64>, tensor<4x8xf64>) -> tensor<4x8xf64>
  return %3 : tensor<4x8xf64>
}

// -----

// f32 erf and tanh are no such call (the CPU back end computes them with
// polynomials that vectorize): a GELU's divide, erf, add and multiplies
// are one kernel.
// CHECK-LABEL: func.func @gelu(
//       CHECK:   kernel.fused
//       CHECK:     arith.divf
//  CHECK-NEXT:     math.erf
//  CHECK-NEXT:     arith.addf
//  CHECK-NEXT:     arith.mulf
//  CHECK-NEXT:     math.tanh
//   CHECK-NOT:   kernel.fused
func.func @gelu(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %0 = graph.div %x, %y : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %1 = graph.erf %0 : tensor<4x8xf32>
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %2 = graph.add %1, %y : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %3 = graph.mul %2, %x : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  // expected-remark @+1 {{not fused: its result is used by func.return, not a kernel}}
  %4 = graph.tanh %3 : tensor<4x8xf32>
  return %4 : tensor<4x8xf32>
}

// -----

// Epilogues (planEpilogueFusion, after the elementwise chains are merged):
// the bias add + relu chain becomes the epilogue of the matmul's kernel,
// which keeps the matmul's root and schedule. The epilogue writes over the
// matmul's result (its own fresh destination is dropped).
// CHECK-LABEL: func.func @matmul_epilogue(
//       CHECK:   %[[R:.*]] = kernel.fused ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<4x8xf32>, tensor<8x32xf32>, tensor<32xf32>) outs(%{{.*}} : tensor<4x32xf32>) schedule = #kernel.schedule<tiles = {{\[}}[4, 32, 0]], vector = 16>
//       CHECK:     %[[MM:.*]] = kernel.generic {{.*}} iterator_types = [parallel, parallel, reduction]
//       CHECK:     %[[EPI:.*]] = kernel.generic ins(%[[MM]], %{{.*}} : tensor<4x32xf32>, tensor<32xf32>) outs(%[[MM]] : tensor<4x32xf32>) {{.*}} iterator_types = [parallel, parallel]
//       CHECK:       arith.addf
//  CHECK-NEXT:       arith.maximumf
//       CHECK:     kernel.yield %[[EPI]]
//   CHECK-NOT:   kernel.fused
//       CHECK:   return %[[R]]
#mk = affine_map<(i, j, k) -> (i, k)>
#kn = affine_map<(i, j, k) -> (k, j)>
#mn = affine_map<(i, j, k) -> (i, j)>
func.func @matmul_epilogue(%a: tensor<4x8xf32>, %b: tensor<8x32xf32>, %bias: tensor<32xf32>) -> tensor<4x32xf32> {
  %init = tensor.empty() : tensor<4x32xf32>
  // expected-remark @+1 {{not fused: it is not elementwise}}
  %0 = kernel.fused ins(%a, %b : tensor<4x8xf32>, tensor<8x32xf32>) outs(%init : tensor<4x32xf32>) schedule = #kernel.schedule<tiles = [[4, 32, 0]], vector = 16> {
  ^bb0(%x: tensor<4x8xf32>, %y: tensor<8x32xf32>, %o: tensor<4x32xf32>):
    %g = kernel.generic ins(%x, %y : tensor<4x8xf32>, tensor<8x32xf32>) outs(%o : tensor<4x32xf32>) indexing_maps = [#mk, #kn, #mn] iterator_types = [parallel, parallel, reduction] {
    ^bb0(%p: f32, %q: f32, %acc: f32):
      %m = arith.mulf %p, %q : f32
      %s = arith.addf %acc, %m : f32
      kernel.yield %s : f32
    } -> tensor<4x32xf32>
    kernel.yield %g : tensor<4x32xf32>
  } -> tensor<4x32xf32>
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %1 = graph.add %0, %bias : (tensor<4x32xf32>, tensor<32xf32>) -> tensor<4x32xf32>
  // expected-remark @+2 {{not fused: its result is used by func.return, not a kernel}}
  // expected-remark @+1 {{fused as the epilogue of the kernel it reads}}
  %2 = graph.relu %1 : tensor<4x32xf32>
  return %2 : tensor<4x32xf32>
}

// -----

// Epilogues in rounds: the bias add's result is read twice by the GELU
// chain (the divide and the multiply), so it is no part of the chain and
// becomes the matmul's epilogue first; the chain then reads the matmul's
// kernel and joins it in a second round. The add folds into the chain's
// generic: one epilogue generic after the root.
// CHECK-LABEL: func.func @epilogue_rounds(
//       CHECK:   %[[R:.*]] = kernel.fused
//       CHECK:     kernel.generic {{.*}} iterator_types = [parallel, parallel, reduction]
//       CHECK:     %[[EPI:.*]] = kernel.generic {{.*}} iterator_types = [parallel, parallel]
//       CHECK:       arith.addf
//  CHECK-NEXT:       arith.divf
//  CHECK-NEXT:       math.erf
//  CHECK-NEXT:       arith.mulf
//  CHECK-NEXT:       kernel.yield
//       CHECK:     kernel.yield %[[EPI]]
//   CHECK-NOT:   kernel.fused
//       CHECK:   return %[[R]]
#mk = affine_map<(i, j, k) -> (i, k)>
#kn = affine_map<(i, j, k) -> (k, j)>
#mn = affine_map<(i, j, k) -> (i, j)>
func.func @epilogue_rounds(%a: tensor<4x8xf32>, %b: tensor<8x32xf32>, %bias: tensor<32xf32>, %s: tensor<f32>) -> tensor<4x32xf32> {
  %init = tensor.empty() : tensor<4x32xf32>
  // expected-remark @+1 {{not fused: it is not elementwise}}
  %0 = kernel.fused ins(%a, %b : tensor<4x8xf32>, tensor<8x32xf32>) outs(%init : tensor<4x32xf32>) schedule = #kernel.schedule<tiles = [[4, 32, 0]], vector = 16> {
  ^bb0(%x: tensor<4x8xf32>, %y: tensor<8x32xf32>, %o: tensor<4x32xf32>):
    %g = kernel.generic ins(%x, %y : tensor<4x8xf32>, tensor<8x32xf32>) outs(%o : tensor<4x32xf32>) indexing_maps = [#mk, #kn, #mn] iterator_types = [parallel, parallel, reduction] {
    ^bb0(%p: f32, %q: f32, %acc: f32):
      %m = arith.mulf %p, %q : f32
      %sum = arith.addf %acc, %m : f32
      kernel.yield %sum : f32
    } -> tensor<4x32xf32>
    kernel.yield %g : tensor<4x32xf32>
  } -> tensor<4x32xf32>
  // expected-remark @+2 {{not fused: its result has more than one user}}
  // expected-remark @+1 {{fused as the epilogue of the kernel it reads}}
  %1 = graph.add %0, %bias : (tensor<4x32xf32>, tensor<32xf32>) -> tensor<4x32xf32>
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %2 = graph.div %1, %s : (tensor<4x32xf32>, tensor<f32>) -> tensor<4x32xf32>
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %3 = graph.erf %2 : tensor<4x32xf32>
  // expected-remark @+1 {{not fused: its result is used by func.return, not a kernel}}
  %4 = graph.mul %1, %3 : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
  return %4 : tensor<4x32xf32>
}

// -----

// A pointwise conv computes over flattened rows (1x16x36) and expands its
// result to 1x16x6x6; its epilogue (the clip) is rewritten over the
// flattened shape, reading the root's result directly, and its result is
// expanded instead.
// CHECK-DAG:   #[[$SCALAR:.*]] = affine_map<(d0, d1, d2) -> ()>
// CHECK-DAG:   #[[$ID3:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @pointwise_conv_epilogue(
//       CHECK:   kernel.fused
//       CHECK:     %[[CONV:.*]] = kernel.generic {{.*}} outs(%{{.*}} : tensor<1x16x36xf32>) {{.*}} iterator_types = [parallel, parallel, parallel, reduction, reduction, reduction]
//       CHECK:     %[[CLIP:.*]] = kernel.generic ins(%[[CONV]], %{{.*}}, %{{.*}} : tensor<1x16x36xf32>, tensor<f32>, tensor<f32>) outs(%[[CONV]] : tensor<1x16x36xf32>) indexing_maps = [#[[$ID3]], #[[$SCALAR]], #[[$SCALAR]], #[[$ID3]]] iterator_types = [parallel, parallel, parallel]
//       CHECK:     %[[OUT:.*]] = tensor.expand_shape %[[CLIP]] {{\[}}[0], [1], [2, 3]] output_shape [1, 16, 6, 6]
//       CHECK:     kernel.yield %[[OUT]]
//   CHECK-NOT:   kernel.fused
func.func @pointwise_conv_epilogue(%x: tensor<1x8x6x6xf32>, %w: tensor<16x8x1x1xf32>) -> tensor<1x16x6x6xf32> {
  %lo = graph.constant dense<0.0> : tensor<f32>
  %hi = graph.constant dense<6.0> : tensor<f32>
  // expected-remark @+1 {{not fused: it holds a tensor.collapse_shape op}}
  %0 = graph.conv %x, %w : (tensor<1x8x6x6xf32>, tensor<16x8x1x1xf32>) -> tensor<1x16x6x6xf32>
  // expected-remark @+2 {{not fused: its result is used by func.return, not a kernel}}
  // expected-remark @+1 {{fused as the epilogue of the kernel it reads}}
  %1 = graph.clip %0, min = %lo, max = %hi : (tensor<1x16x6x6xf32>, tensor<f32>, tensor<f32>) -> tensor<1x16x6x6xf32>
  return %1 : tensor<1x16x6x6xf32>
}

// -----

// Not an epilogue: the conv's result is also returned, so it must be
// stored as it is.
// CHECK-LABEL: func.func @shared_result(
//       CHECK:   %[[CONV:.*]] = kernel.fused
//       CHECK:   kernel.fused ins(%[[CONV]] : tensor<1x16x6x6xf32>)
func.func @shared_result(%x: tensor<1x8x6x6xf32>, %w: tensor<16x8x1x1xf32>) -> (tensor<1x16x6x6xf32>, tensor<1x16x6x6xf32>) {
  // expected-remark @+1 {{not fused: it holds a tensor.collapse_shape op}}
  %0 = graph.conv %x, %w : (tensor<1x8x6x6xf32>, tensor<16x8x1x1xf32>) -> tensor<1x16x6x6xf32>
  // expected-remark @+2 {{not fused: its result is used by func.return, not a kernel}}
  // expected-remark @+1 {{not an epilogue: the kernel it reads has other users}}
  %1 = graph.relu %0 : tensor<1x16x6x6xf32>
  return %0, %1 : tensor<1x16x6x6xf32>, tensor<1x16x6x6xf32>
}

// -----

// A clip between a pointwise conv and a padded depthwise conv, which only
// copies it into its padded input: fused into the depthwise conv the copy
// would compute it, so it becomes the pointwise conv's epilogue, and the
// copy stays a plain copy that the micro-kernel reads around
// (padded-input.mlir).
// CHECK-LABEL: func.func @clip_before_padding(
//       CHECK:   %[[PW:.*]] = kernel.fused
//       CHECK:     kernel.generic {{.*}} iterator_types = [parallel, parallel, parallel, reduction, reduction, reduction]
//       CHECK:     arith.minimumf
//       CHECK:   kernel.fused ins(%[[PW]], %{{.*}} : tensor<1x16x6x6xf32>, tensor<16x1x3x3xf32>)
//   CHECK-NOT:     arith.minimumf
//       CHECK:     kernel.yield
func.func @clip_before_padding(%x: tensor<1x8x6x6xf32>, %w: tensor<16x8x1x1xf32>, %dw: tensor<16x1x3x3xf32>) -> tensor<1x16x6x6xf32> {
  %lo = graph.constant dense<0.0> : tensor<f32>
  %hi = graph.constant dense<6.0> : tensor<f32>
  // expected-remark @+1 {{not fused: it holds a tensor.collapse_shape op}}
  %0 = graph.conv %x, %w : (tensor<1x8x6x6xf32>, tensor<16x8x1x1xf32>) -> tensor<1x16x6x6xf32>
  // expected-remark @+2 {{not fused: its consumer only copies it into the padded input of a window op that reads the unpadded input in place of the copy, and it can be its producer's epilogue instead}}
  // expected-remark @+1 {{fused as the epilogue of the kernel it reads}}
  %1 = graph.clip %0, min = %lo, max = %hi : (tensor<1x16x6x6xf32>, tensor<f32>, tensor<f32>) -> tensor<1x16x6x6xf32>
  // expected-remark @+1 {{not fused: it holds a tensor.extract_slice op}}
  %2 = graph.conv %1, %dw {group = 16 : i64, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x16x6x6xf32>, tensor<16x1x3x3xf32>) -> tensor<1x16x6x6xf32>
  return %2 : tensor<1x16x6x6xf32>
}

// A relu before a dense conv (16 filters over 16 channels: 144 steps per
// element of the padded input) still fuses into its copy: that copy stays.
// CHECK-LABEL: func.func @relu_before_dense_padding(
//       CHECK:   kernel.fused
//       CHECK:   kernel.fused
//       CHECK:     arith.maximumf
func.func @relu_before_dense_padding(%x: tensor<1x8x6x6xf32>, %w: tensor<16x8x1x1xf32>, %w3: tensor<16x16x3x3xf32>) -> tensor<1x16x6x6xf32> {
  // expected-remark @+1 {{not fused: it holds a tensor.collapse_shape op}}
  %0 = graph.conv %x, %w : (tensor<1x8x6x6xf32>, tensor<16x8x1x1xf32>) -> tensor<1x16x6x6xf32>
  // expected-remark @+1 {{fused into the kernel that reads it}}
  %1 = graph.relu %0 : tensor<1x16x6x6xf32>
  // expected-remark @+1 {{not fused: it holds a tensor.extract_slice op}}
  %2 = graph.conv %1, %w3 {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x16x6x6xf32>, tensor<16x16x3x3xf32>) -> tensor<1x16x6x6xf32>
  return %2 : tensor<1x16x6x6xf32>
}
