// RUN: dlc-opt %s | dlc-opt | FileCheck %s
// RUN: dlc-opt %s --mlir-print-op-generic | dlc-opt | FileCheck %s

// Ops that address elements through index values: the element-wise and
// N-D gathers and scatters, one_hot, trilu, top_k, reverse_sequence and
// max_pool_indices.

// CHECK-LABEL: func.func @gather_elements(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<3x3xf32>, %[[I:[^:]*]]: tensor<2x3xi64>, %[[J:[^:]*]]: tensor<3x1xi32>)
func.func @gather_elements(%x: tensor<3x3xf32>, %i: tensor<2x3xi64>, %j: tensor<3x1xi32>) -> (tensor<2x3xf32>, tensor<3x1xf32>) {
  // CHECK: graph.gather_elements %[[X]], %[[I]] : (tensor<3x3xf32>, tensor<2x3xi64>) -> tensor<2x3xf32>
  %0 = graph.gather_elements %x, %i : (tensor<3x3xf32>, tensor<2x3xi64>) -> tensor<2x3xf32>
  // CHECK: graph.gather_elements %[[X]], %[[J]] {axis = -1 : i64} : (tensor<3x3xf32>, tensor<3x1xi32>) -> tensor<3x1xf32>
  %1 = graph.gather_elements %x, %j {axis = -1 : i64} : (tensor<3x3xf32>, tensor<3x1xi32>) -> tensor<3x1xf32>
  return %0, %1 : tensor<2x3xf32>, tensor<3x1xf32>
}

// CHECK-LABEL: func.func @gather_nd(
func.func @gather_nd(%x: tensor<2x2x2xf32>, %i: tensor<2x2xi64>, %j: tensor<2x1xi64>) -> (tensor<2x2xf32>, tensor<2x2xf32>) {
  // CHECK: graph.gather_nd %{{.*}}, %{{.*}} : (tensor<2x2x2xf32>, tensor<2x2xi64>) -> tensor<2x2xf32>
  %0 = graph.gather_nd %x, %i : (tensor<2x2x2xf32>, tensor<2x2xi64>) -> tensor<2x2xf32>
  // CHECK: graph.gather_nd %{{.*}}, %{{.*}} {batch_dims = 1 : i64} : (tensor<2x2x2xf32>, tensor<2x1xi64>) -> tensor<2x2xf32>
  %1 = graph.gather_nd %x, %j {batch_dims = 1 : i64} : (tensor<2x2x2xf32>, tensor<2x1xi64>) -> tensor<2x2xf32>
  return %0, %1 : tensor<2x2xf32>, tensor<2x2xf32>
}

// CHECK-LABEL: func.func @scatter_elements(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<3x3xf32>, %[[I:[^:]*]]: tensor<1x2xi64>, %[[U:[^:]*]]: tensor<1x2xf32>)
func.func @scatter_elements(%x: tensor<3x3xf32>, %i: tensor<1x2xi64>, %u: tensor<1x2xf32>) -> (tensor<3x3xf32>, tensor<3x3xf32>) {
  // CHECK: graph.scatter_elements %[[X]], %[[I]], %[[U]] : (tensor<3x3xf32>, tensor<1x2xi64>, tensor<1x2xf32>) -> tensor<3x3xf32>
  %0 = graph.scatter_elements %x, %i, %u : (tensor<3x3xf32>, tensor<1x2xi64>, tensor<1x2xf32>) -> tensor<3x3xf32>
  // CHECK: graph.scatter_elements %[[X]], %[[I]], %[[U]] {axis = 1 : i64, reduction = "mul"} : (tensor<3x3xf32>, tensor<1x2xi64>, tensor<1x2xf32>) -> tensor<3x3xf32>
  %1 = graph.scatter_elements %x, %i, %u {axis = 1 : i64, reduction = "mul"} : (tensor<3x3xf32>, tensor<1x2xi64>, tensor<1x2xf32>) -> tensor<3x3xf32>
  return %0, %1 : tensor<3x3xf32>, tensor<3x3xf32>
}

// CHECK-LABEL: func.func @scatter_nd(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<4x4xf32>, %[[I:[^:]*]]: tensor<2x1xi64>, %[[U:[^:]*]]: tensor<2x4xf32>)
func.func @scatter_nd(%x: tensor<4x4xf32>, %i: tensor<2x1xi64>, %u: tensor<2x4xf32>) -> tensor<4x4xf32> {
  // CHECK: graph.scatter_nd %[[X]], %[[I]], %[[U]] {reduction = "add"} : (tensor<4x4xf32>, tensor<2x1xi64>, tensor<2x4xf32>) -> tensor<4x4xf32>
  %0 = graph.scatter_nd %x, %i, %u {reduction = "add"} : (tensor<4x4xf32>, tensor<2x1xi64>, tensor<2x4xf32>) -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// CHECK-LABEL: func.func @one_hot(
// CHECK-SAME:    %[[I:[^:]*]]: tensor<2x3xi64>, %[[V:[^:]*]]: tensor<2xf32>)
func.func @one_hot(%i: tensor<2x3xi64>, %v: tensor<2xf32>) -> (tensor<2x3x5xf32>, tensor<5x2x3xf32>) {
  // CHECK: graph.one_hot %[[I]], %[[V]] {depth = 5 : i64} : (tensor<2x3xi64>, tensor<2xf32>) -> tensor<2x3x5xf32>
  %0 = graph.one_hot %i, %v {depth = 5 : i64} : (tensor<2x3xi64>, tensor<2xf32>) -> tensor<2x3x5xf32>
  // CHECK: graph.one_hot %[[I]], %[[V]] {axis = 0 : i64, depth = 5 : i64} : (tensor<2x3xi64>, tensor<2xf32>) -> tensor<5x2x3xf32>
  %1 = graph.one_hot %i, %v {axis = 0 : i64, depth = 5 : i64} : (tensor<2x3xi64>, tensor<2xf32>) -> tensor<5x2x3xf32>
  return %0, %1 : tensor<2x3x5xf32>, tensor<5x2x3xf32>
}

// CHECK-LABEL: func.func @trilu(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x3x4xi64>)
func.func @trilu(%x: tensor<2x3x4xi64>) -> (tensor<2x3x4xi64>, tensor<2x3x4xi64>) {
  // CHECK: graph.trilu %[[X]] : tensor<2x3x4xi64>
  %0 = graph.trilu %x : tensor<2x3x4xi64>
  // CHECK: graph.trilu %[[X]] {k = -1 : i64, upper = false} : tensor<2x3x4xi64>
  %1 = graph.trilu %x {k = -1 : i64, upper = false} : tensor<2x3x4xi64>
  return %0, %1 : tensor<2x3x4xi64>, tensor<2x3x4xi64>
}

// CHECK-LABEL: func.func @top_k(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<3x4xf32>)
func.func @top_k(%x: tensor<3x4xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>, tensor<1x4xf32>, tensor<1x4xi64>) {
  // CHECK: graph.top_k %[[X]] {k = 2 : i64} : (tensor<3x4xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>)
  %0:2 = graph.top_k %x {k = 2 : i64} : (tensor<3x4xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>)
  // CHECK: graph.top_k %[[X]] {axis = 0 : i64, k = 1 : i64, largest = false, sorted = false} : (tensor<3x4xf32>) -> (tensor<1x4xf32>, tensor<1x4xi64>)
  %1:2 = graph.top_k %x {axis = 0 : i64, k = 1 : i64, largest = false, sorted = false} : (tensor<3x4xf32>) -> (tensor<1x4xf32>, tensor<1x4xi64>)
  return %0#0, %0#1, %1#0, %1#1 : tensor<3x2xf32>, tensor<3x2xi64>, tensor<1x4xf32>, tensor<1x4xi64>
}

// CHECK-LABEL: func.func @reverse_sequence(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<4x3x2xf32>, %[[L:[^:]*]]: tensor<3xi64>, %[[M:[^:]*]]: tensor<4xi64>)
func.func @reverse_sequence(%x: tensor<4x3x2xf32>, %l: tensor<3xi64>, %m: tensor<4xi64>) -> (tensor<4x3x2xf32>, tensor<4x3x2xf32>) {
  // CHECK: graph.reverse_sequence %[[X]], %[[L]] : (tensor<4x3x2xf32>, tensor<3xi64>) -> tensor<4x3x2xf32>
  %0 = graph.reverse_sequence %x, %l : (tensor<4x3x2xf32>, tensor<3xi64>) -> tensor<4x3x2xf32>
  // CHECK: graph.reverse_sequence %[[X]], %[[M]] {batch_axis = 0 : i64, time_axis = 1 : i64} : (tensor<4x3x2xf32>, tensor<4xi64>) -> tensor<4x3x2xf32>
  %1 = graph.reverse_sequence %x, %m {batch_axis = 0 : i64, time_axis = 1 : i64} : (tensor<4x3x2xf32>, tensor<4xi64>) -> tensor<4x3x2xf32>
  return %0, %1 : tensor<4x3x2xf32>, tensor<4x3x2xf32>
}

// CHECK-LABEL: func.func @max_pool_indices(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x2x5x5xf32>)
func.func @max_pool_indices(%x: tensor<1x2x5x5xf32>) -> (tensor<1x2x2x2xi64>, tensor<1x2x5x5xi64>) {
  // CHECK: graph.max_pool_indices %[[X]] {kernel_shape = array<i64: 2, 2>, storage_order = 1 : i64, strides = array<i64: 2, 2>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x2x2xi64>
  %0 = graph.max_pool_indices %x {kernel_shape = array<i64: 2, 2>, storage_order = 1 : i64, strides = array<i64: 2, 2>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x2x2xi64>
  // CHECK: graph.max_pool_indices %[[X]] {kernel_shape = array<i64: 5, 5>, pads = array<i64: 2, 2, 2, 2>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xi64>
  %1 = graph.max_pool_indices %x {kernel_shape = array<i64: 5, 5>, pads = array<i64: 2, 2, 2, 2>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xi64>
  return %0, %1 : tensor<1x2x2x2xi64>, tensor<1x2x5x5xi64>
}
