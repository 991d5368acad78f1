// RUN: dlc-opt %s --graph-infer-shapes -split-input-file | FileCheck %s

// --graph-infer-shapes re-runs each graph op's type inference in program
// order and keeps the inferred type where it is strictly more static.

// A `?` result is refined once its shape operand is a constant, and the
// function's result type follows.
// CHECK-LABEL: func.func @refine_reshape(
// CHECK-SAME:    %[[X:.*]]: tensor<3x4xf32>) -> tensor<2x6xf32>
// CHECK:         %[[S:.*]] = graph.constant dense<[2, 6]> : tensor<2xi64>
// CHECK:         %[[R:.*]] = graph.reshape %[[X]], %[[S]] : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<2x6xf32>
// CHECK:         return %[[R]] : tensor<2x6xf32>
func.func @refine_reshape(%x: tensor<3x4xf32>) -> tensor<?x?xf32> {
  %s = graph.constant dense<[2, 6]> : tensor<2xi64>
  %0 = graph.reshape %x, %s : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// Refinements chain: reshape -> transpose -> relu (a same-type op) ->
// unsqueeze -> concat, each seeing the refined type of the one before.
// CHECK-LABEL: func.func @refine_chain(
// CHECK-SAME:    %[[X:.*]]: tensor<3x4xf32>) -> tensor<1x12x2xf32>
// CHECK:         %[[R:.*]] = graph.reshape %[[X]], %{{.*}} : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<2x6xf32>
// CHECK:         %[[T:.*]] = graph.transpose %[[R]] : (tensor<2x6xf32>) -> tensor<6x2xf32>
// CHECK:         %[[A:.*]] = graph.relu %[[T]] : tensor<6x2xf32>
// CHECK:         %[[U:.*]] = graph.unsqueeze %[[A]] {axes = array<i64: 0>} : (tensor<6x2xf32>) -> tensor<1x6x2xf32>
// CHECK:         %[[C:.*]] = graph.concat %[[U]], %[[U]] {axis = 1 : i64} : (tensor<1x6x2xf32>, tensor<1x6x2xf32>) -> tensor<1x12x2xf32>
// CHECK:         return %[[C]] : tensor<1x12x2xf32>
func.func @refine_chain(%x: tensor<3x4xf32>) -> tensor<?x?x?xf32> {
  %s = graph.constant dense<[2, 6]> : tensor<2xi64>
  %0 = graph.reshape %x, %s : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  %1 = graph.transpose %0 : (tensor<?x?xf32>) -> tensor<?x?xf32>
  %2 = graph.relu %1 : tensor<?x?xf32>
  %3 = graph.unsqueeze %2 {axes = array<i64: 0>} : (tensor<?x?xf32>) -> tensor<?x?x?xf32>
  %4 = graph.concat %3, %3 {axis = 1 : i64} : (tensor<?x?x?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  return %4 : tensor<?x?x?xf32>
}

// -----

// A dim that depends on a `?` input dim stays `?`; the others are refined.
// CHECK-LABEL: func.func @refine_partially(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4xf32>) -> tensor<?x2x2xf32>
// CHECK:         %[[R:.*]] = graph.reshape %[[X]], %{{.*}} : (tensor<?x4xf32>, tensor<3xi64>) -> tensor<?x2x2xf32>
// CHECK:         return %[[R]] : tensor<?x2x2xf32>
func.func @refine_partially(%x: tensor<?x4xf32>) -> tensor<?x?x?xf32> {
  %s = graph.constant dense<[0, 2, 2]> : tensor<3xi64>
  %0 = graph.reshape %x, %s : (tensor<?x4xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  return %0 : tensor<?x?x?xf32>
}

// -----

// Every result of a multi-result op is refined.
// CHECK-LABEL: func.func @refine_split(
// CHECK-SAME:    %[[X:.*]]: tensor<24xf32>) -> (tensor<2x4xf32>, tensor<4x4xf32>)
// CHECK:         %[[R:.*]] = graph.reshape %[[X]], %{{.*}} : (tensor<24xf32>, tensor<2xi64>) -> tensor<6x4xf32>
// CHECK:         %[[S:.*]]:2 = graph.split %[[R]] {split = array<i64: 2, 4>} : (tensor<6x4xf32>) -> (tensor<2x4xf32>, tensor<4x4xf32>)
// CHECK:         return %[[S]]#0, %[[S]]#1 : tensor<2x4xf32>, tensor<4x4xf32>
func.func @refine_split(%x: tensor<24xf32>) -> (tensor<?x?xf32>, tensor<?x?xf32>) {
  %s = graph.constant dense<[-1, 4]> : tensor<2xi64>
  %0 = graph.reshape %x, %s : (tensor<24xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  %1:2 = graph.split %0 {split = array<i64: 2, 4>} : (tensor<?x?xf32>) -> (tensor<?x?xf32>, tensor<?x?xf32>)
  return %1#0, %1#1 : tensor<?x?xf32>, tensor<?x?xf32>
}

// -----

// Shape operands of every kind: slice bounds, expand and tile shapes, pad
// widths, resize scales, range bounds.
// CHECK-LABEL: func.func @refine_shape_operands(
// CHECK-SAME:    -> (tensor<4x5xf32>, tensor<2x4x3xf32>, tensor<2x6xf32>, tensor<5x3xf32>, tensor<1x3x8x8xf32>, tensor<4xi64>)
// CHECK:         graph.slice {{.*}} -> tensor<4x5xf32>
// CHECK:         graph.expand {{.*}} -> tensor<2x4x3xf32>
// CHECK:         graph.tile {{.*}} -> tensor<2x6xf32>
// CHECK:         graph.pad {{.*}} -> tensor<5x3xf32>
// CHECK:         graph.resize {{.*}} -> tensor<1x3x8x8xf32>
// CHECK:         graph.range {{.*}} -> tensor<4xi64>
func.func @refine_shape_operands(%x: tensor<4x10xf32>, %y: tensor<4x1xf32>, %z: tensor<2x3xf32>, %w: tensor<1x3x4x4xf32>)
    -> (tensor<?x?xf32>, tensor<?x?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?x?x?xf32>, tensor<?xi64>) {
  %s = graph.constant dense<[0]> : tensor<1xi64>
  %e = graph.constant dense<[5]> : tensor<1xi64>
  %a = graph.constant dense<[1]> : tensor<1xi64>
  %0 = graph.slice %x, %s, %e, axes = %a : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x?xf32>
  %es = graph.constant dense<[2, 1, 3]> : tensor<3xi64>
  %1 = graph.expand %y, %es : (tensor<4x1xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  %r = graph.constant dense<[1, 2]> : tensor<2xi64>
  %2 = graph.tile %z, %r : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  %p = graph.constant dense<[1, 0, 2, 0]> : tensor<4xi64>
  %3 = graph.pad %z, %p : (tensor<2x3xf32>, tensor<4xi64>) -> tensor<?x?xf32>
  %sc = graph.constant dense<[1.0, 1.0, 2.0, 2.0]> : tensor<4xf32>
  %4 = graph.resize %w, scales = %sc : (tensor<1x3x4x4xf32>, tensor<4xf32>) -> tensor<?x?x?x?xf32>
  %i0 = graph.constant dense<0> : tensor<i64>
  %i10 = graph.constant dense<10> : tensor<i64>
  %i3 = graph.constant dense<3> : tensor<i64>
  %5 = graph.range %i0, %i10, %i3 : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  return %0, %1, %2, %3, %4, %5
      : tensor<?x?xf32>, tensor<?x?x?xf32>, tensor<?x?xf32>, tensor<?x?xf32>, tensor<?x?x?x?xf32>, tensor<?xi64>
}

// -----

// A user outside the graph dialect keeps seeing the old type through a
// tensor.cast; graph users and func.return take the refined value.
// CHECK-LABEL: func.func @cast_for_other_users(
// CHECK-SAME:    %[[X:.*]]: tensor<3x4xf32>) -> (tensor<2x6xf32>, index, tensor<6x2xf32>)
// CHECK:         %[[C1:.*]] = arith.constant 1 : index
// CHECK:         %[[R:.*]] = graph.reshape %[[X]], %{{.*}} : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<2x6xf32>
// CHECK-NEXT:    %[[CAST:.*]] = tensor.cast %[[R]] : tensor<2x6xf32> to tensor<?x?xf32>
// CHECK-NEXT:    %[[D:.*]] = tensor.dim %[[CAST]], %[[C1]] : tensor<?x?xf32>
// CHECK-NEXT:    %[[T:.*]] = graph.transpose %[[R]] : (tensor<2x6xf32>) -> tensor<6x2xf32>
// CHECK-NEXT:    return %[[R]], %[[D]], %[[T]] : tensor<2x6xf32>, index, tensor<6x2xf32>
func.func @cast_for_other_users(%x: tensor<3x4xf32>) -> (tensor<?x?xf32>, index, tensor<?x?xf32>) {
  %c1 = arith.constant 1 : index
  %s = graph.constant dense<[2, 6]> : tensor<2xi64>
  %0 = graph.reshape %x, %s : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  %d = tensor.dim %0, %c1 : tensor<?x?xf32>
  %1 = graph.transpose %0 : (tensor<?x?xf32>) -> tensor<?x?xf32>
  return %0, %d, %1 : tensor<?x?xf32>, index, tensor<?x?xf32>
}

// -----

// A tensor.cast user also goes through a new cast (to its old operand type)
// and a call keeps its callee's signature.
// CHECK-LABEL: func.func @cast_for_cast_and_call(
// CHECK:         %[[R:.*]] = graph.reshape {{.*}} -> tensor<2x6xf32>
// CHECK-NEXT:    %[[CAST:.*]] = tensor.cast %[[R]] : tensor<2x6xf32> to tensor<?x?xf32>
// CHECK-NEXT:    %[[U:.*]] = tensor.cast %[[CAST]] : tensor<?x?xf32> to tensor<2x?xf32>
// CHECK-NEXT:    %[[V:.*]] = call @sink(%[[CAST]]) : (tensor<?x?xf32>) -> tensor<?x?xf32>
// CHECK-NEXT:    return %[[U]], %[[V]] : tensor<2x?xf32>, tensor<?x?xf32>
func.func private @sink(tensor<?x?xf32>) -> tensor<?x?xf32>
func.func @cast_for_cast_and_call(%x: tensor<3x4xf32>) -> (tensor<2x?xf32>, tensor<?x?xf32>) {
  %s = graph.constant dense<[2, 6]> : tensor<2xi64>
  %0 = graph.reshape %x, %s : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  %1 = tensor.cast %0 : tensor<?x?xf32> to tensor<2x?xf32>
  %2 = func.call @sink(%0) : (tensor<?x?xf32>) -> tensor<?x?xf32>
  return %1, %2 : tensor<2x?xf32>, tensor<?x?xf32>
}

// -----

// Nothing is more static: a non-constant shape; a graph.shape that is not
// folded (the pass infers, it does not fold); types that are static already.
// The IR is unchanged.
// CHECK-LABEL: func.func @no_change(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<3x4xf32>, %[[S:[^:]*]]: tensor<2xi64>) -> (tensor<?x?xf32>, tensor<?x?xf32>, tensor<4x3xf32>)
// CHECK-NEXT:    %[[A:.*]] = graph.reshape %[[X]], %[[S]] : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
// CHECK-NEXT:    %[[SH:.*]] = graph.shape %[[X]] : (tensor<3x4xf32>) -> tensor<2xi64>
// CHECK-NEXT:    %[[B:.*]] = graph.reshape %[[X]], %[[SH]] : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
// CHECK-NEXT:    %[[T:.*]] = graph.transpose %[[X]] : (tensor<3x4xf32>) -> tensor<4x3xf32>
// CHECK-NEXT:    return %[[A]], %[[B]], %[[T]] : tensor<?x?xf32>, tensor<?x?xf32>, tensor<4x3xf32>
func.func @no_change(%x: tensor<3x4xf32>, %s: tensor<2xi64>) -> (tensor<?x?xf32>, tensor<?x?xf32>, tensor<4x3xf32>) {
  %0 = graph.reshape %x, %s : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  %sh = graph.shape %x : (tensor<3x4xf32>) -> tensor<2xi64>
  %1 = graph.reshape %x, %sh : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  %2 = graph.transpose %x : (tensor<3x4xf32>) -> tensor<4x3xf32>
  return %0, %1, %2 : tensor<?x?xf32>, tensor<?x?xf32>, tensor<4x3xf32>
}

// -----

// A declared static type never becomes dynamic: here the inferred type is
// all `?` (non-constant shape), or `?x6` against a declared `2x?`.
// CHECK-LABEL: func.func @static_stays_static(
// CHECK-SAME:    -> (tensor<2x6xf32>, tensor<2x?xf32>)
// CHECK:         graph.reshape {{.*}} -> tensor<2x6xf32>
// CHECK:         graph.reshape {{.*}} -> tensor<2x?xf32>
// CHECK:         return {{.*}} : tensor<2x6xf32>, tensor<2x?xf32>
func.func @static_stays_static(%x: tensor<3x4xf32>, %s: tensor<2xi64>, %y: tensor<?x4xf32>)
    -> (tensor<2x6xf32>, tensor<2x?xf32>) {
  %0 = graph.reshape %x, %s : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<2x6xf32>
  %t = graph.constant dense<[-1, 6]> : tensor<2xi64>
  %1 = graph.reshape %y, %t : (tensor<?x4xf32>, tensor<2xi64>) -> tensor<2x?xf32>
  return %0, %1 : tensor<2x6xf32>, tensor<2x?xf32>
}

// -----

// Results that are not returned do not change the signature.
// CHECK-LABEL: func.func @signature_from_returns(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<3x4xf32>, %[[Y:[^:]*]]: tensor<?xf32>) -> tensor<?xf32>
// CHECK:         graph.reshape {{.*}} -> tensor<12xf32>
// CHECK:         return %[[Y]] : tensor<?xf32>
func.func @signature_from_returns(%x: tensor<3x4xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %s = graph.constant dense<[12]> : tensor<1xi64>
  %0 = graph.reshape %x, %s : (tensor<3x4xf32>, tensor<1xi64>) -> tensor<?xf32>
  return %y : tensor<?xf32>
}
