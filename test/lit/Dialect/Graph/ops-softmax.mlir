// RUN: dlc-opt %s | dlc-opt | FileCheck %s
// RUN: dlc-opt %s --mlir-print-op-generic | dlc-opt | FileCheck %s

// graph.log_softmax and graph.hardmax: graph.softmax's relatives (its own
// round trip is in ops-nn.mlir). Each keeps the input's type; `axis`
// defaults to -1 and is printed only when given.

// CHECK-LABEL: func.func @log_softmax(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x3x10xf32>) -> (tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>)
func.func @log_softmax(%x: tensor<2x3x10xf32>) -> (tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.log_softmax %[[X]] : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  %0 = graph.log_softmax %x : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.log_softmax %[[X]] {axis = 0 : i64} : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  %1 = graph.log_softmax %x {axis = 0 : i64} : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  // CHECK:       %[[R2:[^ ]+]] = graph.log_softmax %[[X]] {axis = -2 : i64} : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  %2 = graph.log_softmax %x {axis = -2 : i64} : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  // CHECK:       return %[[R0]], %[[R1]], %[[R2]]
  return %0, %1, %2 : tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>
}

// CHECK-LABEL: func.func @log_softmax_dynamic_f64(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<?x4xf64>) -> tensor<?x4xf64>
func.func @log_softmax_dynamic_f64(%x: tensor<?x4xf64>) -> tensor<?x4xf64> {
  // CHECK:       %[[R0:[^ ]+]] = graph.log_softmax %[[X]] {axis = 1 : i64} : (tensor<?x4xf64>) -> tensor<?x4xf64>
  %0 = graph.log_softmax %x {axis = 1 : i64} : (tensor<?x4xf64>) -> tensor<?x4xf64>
  // CHECK:       return %[[R0]] : tensor<?x4xf64>
  return %0 : tensor<?x4xf64>
}

// CHECK-LABEL: func.func @hardmax(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<3x4x5xf32>) -> (tensor<3x4x5xf32>, tensor<3x4x5xf32>)
func.func @hardmax(%x: tensor<3x4x5xf32>) -> (tensor<3x4x5xf32>, tensor<3x4x5xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.hardmax %[[X]] : (tensor<3x4x5xf32>) -> tensor<3x4x5xf32>
  %0 = graph.hardmax %x : (tensor<3x4x5xf32>) -> tensor<3x4x5xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.hardmax %[[X]] {axis = 1 : i64} : (tensor<3x4x5xf32>) -> tensor<3x4x5xf32>
  %1 = graph.hardmax %x {axis = 1 : i64} : (tensor<3x4x5xf32>) -> tensor<3x4x5xf32>
  // CHECK:       return %[[R0]], %[[R1]]
  return %0, %1 : tensor<3x4x5xf32>, tensor<3x4x5xf32>
}

// CHECK-LABEL: func.func @hardmax_1d_f16(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<7xf16>) -> tensor<7xf16>
func.func @hardmax_1d_f16(%x: tensor<7xf16>) -> tensor<7xf16> {
  // CHECK:       %[[R0:[^ ]+]] = graph.hardmax %[[X]] {axis = 0 : i64} : (tensor<7xf16>) -> tensor<7xf16>
  %0 = graph.hardmax %x {axis = 0 : i64} : (tensor<7xf16>) -> tensor<7xf16>
  // CHECK:       return %[[R0]] : tensor<7xf16>
  return %0 : tensor<7xf16>
}
