// RUN: dlc-opt %s | dlc-opt | FileCheck %s
// RUN: dlc-opt %s --mlir-print-op-generic | dlc-opt | FileCheck %s

// The reductions beyond sum/mean/max/min, ArgMax/ArgMin and CumSum.

//===----------------------------------------------------------------------===//
// graph.reduce_{prod,l1,l2,sum_square,log_sum,log_sum_exp}
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @reduce_family(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x3x4xf32>)
func.func @reduce_family(%x: tensor<2x3x4xf32>) -> (tensor<2x1x4xf32>, tensor<2x4xf32>, tensor<1x1x1xf32>, tensor<f32>, tensor<2x3x1xf32>, tensor<3xf32>) {
  // CHECK: graph.reduce_prod %[[X]] {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %0 = graph.reduce_prod %x {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  // CHECK: graph.reduce_l1 %[[X]] {axes = array<i64: -2>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  %1 = graph.reduce_l1 %x {axes = array<i64: -2>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  // CHECK: graph.reduce_l2 %[[X]] : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  %2 = graph.reduce_l2 %x : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  // CHECK: graph.reduce_sum_square %[[X]] {keepdims = false} : (tensor<2x3x4xf32>) -> tensor<f32>
  %3 = graph.reduce_sum_square %x {keepdims = false} : (tensor<2x3x4xf32>) -> tensor<f32>
  // CHECK: graph.reduce_log_sum %[[X]] {axes = array<i64: 2>} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  %4 = graph.reduce_log_sum %x {axes = array<i64: 2>} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  // CHECK: graph.reduce_log_sum_exp %[[X]] {axes = array<i64: 0, 2>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %5 = graph.reduce_log_sum_exp %x {axes = array<i64: 0, 2>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<2x1x4xf32>, tensor<2x4xf32>, tensor<1x1x1xf32>, tensor<f32>, tensor<2x3x1xf32>, tensor<3xf32>
}

// Products, L1 norms and sums of squares of integers stay integers.
// CHECK-LABEL: func.func @reduce_int(
func.func @reduce_int(%x: tensor<3x4xi64>) -> (tensor<1x4xi64>, tensor<3x1xi64>) {
  // CHECK: graph.reduce_prod %{{.*}} {axes = array<i64: 0>} : (tensor<3x4xi64>) -> tensor<1x4xi64>
  %0 = graph.reduce_prod %x {axes = array<i64: 0>} : (tensor<3x4xi64>) -> tensor<1x4xi64>
  // CHECK: graph.reduce_l1 %{{.*}} {axes = array<i64: 1>} : (tensor<3x4xi64>) -> tensor<3x1xi64>
  %1 = graph.reduce_l1 %x {axes = array<i64: 1>} : (tensor<3x4xi64>) -> tensor<3x1xi64>
  return %0, %1 : tensor<1x4xi64>, tensor<3x1xi64>
}

//===----------------------------------------------------------------------===//
// graph.arg_max, graph.arg_min
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @arg_reduce(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x3x4xf32>)
func.func @arg_reduce(%x: tensor<2x3x4xf32>) -> (tensor<1x3x4xi64>, tensor<2x4xi64>, tensor<2x3x1xi64>) {
  // CHECK: graph.arg_max %[[X]] : (tensor<2x3x4xf32>) -> tensor<1x3x4xi64>
  %0 = graph.arg_max %x : (tensor<2x3x4xf32>) -> tensor<1x3x4xi64>
  // CHECK: graph.arg_max %[[X]] {axis = 1 : i64, keepdims = false, select_last_index = true} : (tensor<2x3x4xf32>) -> tensor<2x4xi64>
  %1 = graph.arg_max %x {axis = 1 : i64, keepdims = false, select_last_index = true} : (tensor<2x3x4xf32>) -> tensor<2x4xi64>
  // CHECK: graph.arg_min %[[X]] {axis = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x1xi64>
  %2 = graph.arg_min %x {axis = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x1xi64>
  return %0, %1, %2 : tensor<1x3x4xi64>, tensor<2x4xi64>, tensor<2x3x1xi64>
}

//===----------------------------------------------------------------------===//
// graph.cumsum
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @cumsum(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x3xf32>, %[[I:[^:]*]]: tensor<5xi32>)
func.func @cumsum(%x: tensor<2x3xf32>, %i: tensor<5xi32>) -> (tensor<2x3xf32>, tensor<5xi32>) {
  // CHECK: graph.cumsum %[[X]] {axis = -1 : i64, exclusive = true, reverse = true} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %0 = graph.cumsum %x {axis = -1 : i64, exclusive = true, reverse = true} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: graph.cumsum %[[I]] {axis = 0 : i64} : (tensor<5xi32>) -> tensor<5xi32>
  %1 = graph.cumsum %i {axis = 0 : i64} : (tensor<5xi32>) -> tensor<5xi32>
  return %0, %1 : tensor<2x3xf32>, tensor<5xi32>
}
