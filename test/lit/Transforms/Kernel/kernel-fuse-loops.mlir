// RUN: dlc-opt %s --dlc-graph-to-kernel --kernel-fuse --convert-kernel-to-affine | FileCheck %s --check-prefix=FUSED
// RUN: dlc-opt %s --dlc-graph-to-kernel --convert-kernel-to-affine | FileCheck %s --check-prefix=UNFUSED
// RUN: dlc-opt %s --dlc-cpu-pipeline | FileCheck %s --check-prefix=PIPELINE
// RUN: dlc-opt %s '--dlc-cpu-pipeline=fusion=false' | FileCheck %s --check-prefix=PIPELINE-UNFUSED

// What fusion does to the loops: a fused elementwise chain is one loop nest
// that reads each input element once and writes only the result; an
// elementwise op fused into a reduction leaves no intermediate buffer in
// the arena.

// add -> relu -> mul: one nest, %x and %b loaded once per element (%x is
// read by the add and the mul), one store, to the output (16 lanes at a
// time).
// FUSED-LABEL: func.func @chain(
//  FUSED-SAME:     %[[X:[a-z0-9]+]]: memref<128x128xf32> {{.*}}, %[[B:[a-z0-9]+]]: memref<128xf32> {{.*}}, %[[Y:[a-z0-9]+]]: memref<128x128xf32>
//  FUSED-SAME:     dlc.arena_bytes = 0
//   FUSED-NOT:   memref.alloc
//       FUSED:   affine.parallel (%[[I:.*]]) = (0) to (128) {
//  FUSED-NEXT:     affine.for %[[J:.*]] = 0 to 128 step 16 {
//  FUSED-NEXT:       %[[XV:.*]] = vector.load %[[X]][%[[I]], %[[J]]]
//  FUSED-NEXT:       %[[BV:.*]] = vector.load %[[B]][%[[J]]]
//  FUSED-NEXT:       %[[S:.*]] = arith.addf %[[XV]], %[[BV]]
//  FUSED-NEXT:       %[[R:.*]] = arith.maximumf %[[S]], %{{.*}}
//  FUSED-NEXT:       %[[M:.*]] = arith.mulf %[[R]], %[[XV]]
//  FUSED-NEXT:       vector.store %[[M]], %[[Y]][%[[I]], %[[J]]]
//  FUSED-NEXT:     }
//  FUSED-NEXT:   }
//  FUSED-NEXT:   return
// Without fusion: three nests, each storing to the output.
// UNFUSED-LABEL: func.func @chain(
// UNFUSED-COUNT-3: affine.parallel
// UNFUSED:       return
func.func @chain(%x: tensor<128x128xf32>, %b: tensor<128xf32>) -> tensor<128x128xf32> {
  %0 = graph.add %x, %b : (tensor<128x128xf32>, tensor<128xf32>) -> tensor<128x128xf32>
  %1 = graph.relu %0 : tensor<128x128xf32>
  %2 = graph.mul %1, %x : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
  return %2 : tensor<128x128xf32>
}

// exp -> sum: the exp is computed in the reduction's loop; without fusion
// its 128x128 result (64 KiB) lives in the arena.
// FUSED-LABEL: func.func @exp_sum(
//  FUSED-SAME:     %[[X:[a-z0-9]+]]: memref<128x128xf32> {{.*}}, %[[S:[a-z0-9]+]]: memref<128x1xf32>
//  FUSED-SAME:     dlc.arena_bytes = 0
//   FUSED-NOT:   memref.view
//       FUSED:   affine.parallel
//  FUSED-NEXT:     %[[INIT:.*]] = affine.load %[[S]]
//  FUSED-NEXT:     %[[ROW:.*]] = affine.for {{.*}} iter_args(%[[ACC:.*]] = %[[INIT]])
//  FUSED-NEXT:       %[[V:.*]] = affine.load %[[X]]
//  FUSED-NEXT:       %[[E:.*]] = math.exp %[[V]]
//  FUSED-NEXT:       %[[SUM:.*]] = arith.addf %[[ACC]], %[[E]]
//  FUSED-NEXT:       affine.yield %[[SUM]]
//  FUSED-NEXT:     }
//  FUSED-NEXT:     affine.store %[[ROW]], %[[S]]
// UNFUSED-LABEL: func.func @exp_sum(
//  UNFUSED-SAME:   dlc.arena_bytes = 65536
//       UNFUSED:   memref.view
func.func @exp_sum(%x: tensor<128x128xf32>) -> tensor<128x1xf32> {
  %0 = graph.exp %x : tensor<128x128xf32>
  %1 = graph.reduce_sum %0 {axes = array<i64: 1>} : (tensor<128x128xf32>) -> tensor<128x1xf32>
  return %1 : tensor<128x1xf32>
}

// The CPU pipeline fuses by default; fusion=false turns it off (one
// parallel region per nest: 1 + 1 with fusion, 3 + 2 without).
// PIPELINE-LABEL: llvm.func @chain(
// PIPELINE-COUNT-1: omp.parallel
// PIPELINE-NOT:  omp.parallel
// PIPELINE-LABEL: llvm.func @exp_sum(
// PIPELINE-COUNT-1: omp.parallel
// PIPELINE-NOT:  omp.parallel
// PIPELINE-UNFUSED-LABEL: llvm.func @chain(
// PIPELINE-UNFUSED-COUNT-3: omp.parallel
// PIPELINE-UNFUSED-LABEL: llvm.func @exp_sum(
// PIPELINE-UNFUSED-COUNT-2: omp.parallel
