// RUN: dlc-opt %s --transform-interpreter -split-input-file | FileCheck %s

// kernel.generic implements TilingInterface: upstream tiling (here through
// transform.structured.tile_using_for) tiles a matmul into scf.for loops over
// slices, leaving the reduction loop untiled.

// CHECK-LABEL: func.func @matmul
//  CHECK-SAME:   %[[A:.*]]: tensor<64x32xf32>, %[[B:.*]]: tensor<32x128xf32>, %[[C:.*]]: tensor<64x128xf32>
//       CHECK:   scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[ACC0:.*]] = %[[C]])
//       CHECK:     scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[ACC1:.*]] = %[[ACC0]])
//   CHECK-DAG:       %[[AS:.*]] = tensor.extract_slice %[[A]][%[[I]], 0] [16, 32] [1, 1]
//   CHECK-DAG:       %[[BS:.*]] = tensor.extract_slice %[[B]][0, %[[J]]] [32, 32] [1, 1]
//   CHECK-DAG:       %[[CS:.*]] = tensor.extract_slice %[[ACC1]][%[[I]], %[[J]]] [16, 32] [1, 1]
//       CHECK:       %[[T:.*]] = kernel.generic ins(%[[AS]], %[[BS]] : tensor<16x32xf32>, tensor<32x32xf32>) outs(%[[CS]] : tensor<16x32xf32>)
//  CHECK-SAME:         iterator_types = [parallel, parallel, reduction]
//       CHECK:       tensor.insert_slice %[[T]] into %[[ACC1]][%[[I]], %[[J]]] [16, 32] [1, 1]
func.func @matmul(%a: tensor<64x32xf32>, %b: tensor<32x128xf32>, %c: tensor<64x128xf32>) -> tensor<64x128xf32> {
  %r = kernel.generic ins(%a, %b : tensor<64x32xf32>, tensor<32x128xf32>) outs(%c : tensor<64x128xf32>)
      indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>]
      iterator_types = [parallel, parallel, reduction] {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    kernel.yield %s : f32
  } -> tensor<64x128xf32>
  return %r : tensor<64x128xf32>
}

module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %g = transform.structured.match ops{["kernel.generic"]} in %root : (!transform.any_op) -> !transform.any_op
    %t, %l:2 = transform.structured.tile_using_for %g tile_sizes [16, 32, 0]
        : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// A stride-2 1-D convolution window: an output tile of 4 reads input rows
// [4 * i * 2, 4 * i * 2 + (4 - 1) * 2 + (3 - 1)], i.e. 9 rows.
// CHECK-LABEL: func.func @conv1d
//       CHECK:   scf.for %[[I:[a-zA-Z0-9_]+]] =
//       CHECK:     %[[OFF:.*]] = affine.apply #{{.*}}(%[[I]])
//       CHECK:     tensor.extract_slice %{{.*}}[%[[OFF]]] [9] [1]
//       CHECK:     kernel.generic ins(%{{.*}}, %{{.*}} : tensor<9xf32>, tensor<3xf32>) outs(%{{.*}} : tensor<4xf32>)
func.func @conv1d(%x: tensor<17xf32>, %w: tensor<3xf32>, %o: tensor<8xf32>) -> tensor<8xf32> {
  %r = kernel.generic ins(%x, %w : tensor<17xf32>, tensor<3xf32>) outs(%o : tensor<8xf32>)
      indexing_maps = [affine_map<(i, k) -> (i * 2 + k)>, affine_map<(i, k) -> (k)>, affine_map<(i, k) -> (i)>]
      iterator_types = [parallel, reduction] {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    kernel.yield %s : f32
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}

module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %g = transform.structured.match ops{["kernel.generic"]} in %root : (!transform.any_op) -> !transform.any_op
    %t, %l = transform.structured.tile_using_for %g tile_sizes [4, 0]
        : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// kernel.index inside a tile is shifted by the tile's offset, so an iota
// stays an iota after tiling.
// CHECK-LABEL: func.func @iota
//       CHECK:   scf.for %[[I:[a-zA-Z0-9_]+]] =
//       CHECK:     kernel.generic outs(%{{.*}} : tensor<4xi64>)
//       CHECK:       %[[IDX:.*]] = kernel.index 0 : index
//       CHECK:       %[[SHIFTED:.*]] = affine.apply #{{.*}}(%[[I]])[%[[IDX]]]
//       CHECK:       arith.index_cast %[[SHIFTED]] : index to i64
func.func @iota(%o: tensor<16xi64>) -> tensor<16xi64> {
  %r = kernel.generic outs(%o : tensor<16xi64>)
      indexing_maps = [affine_map<(i) -> (i)>] iterator_types = [parallel] {
  ^bb0(%out: i64):
    %idx = kernel.index 0 : index
    %v = arith.index_cast %idx : index to i64
    kernel.yield %v : i64
  } -> tensor<16xi64>
  return %r : tensor<16xi64>
}

module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %g = transform.structured.match ops{["kernel.generic"]} in %root : (!transform.any_op) -> !transform.any_op
    %t, %l = transform.structured.tile_using_for %g tile_sizes [4]
        : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}
