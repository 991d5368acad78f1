// RUN: dlc-opt %s | dlc-opt | FileCheck %s
// RUN: dlc-opt %s --mlir-print-op-generic | dlc-opt | FileCheck %s

//===----------------------------------------------------------------------===//
// graph.matmul
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @matmul_1d_1d(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<4xf32>, %[[B:[^:]*]]: tensor<4xf32>) -> tensor<f32>
func.func @matmul_1d_1d(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<f32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.matmul %[[A]], %[[B]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<f32>
  %0 = graph.matmul %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<f32>
  // CHECK:       return %[[R0]] : tensor<f32>
  return %0 : tensor<f32>
}

// CHECK-LABEL: func.func @matmul_1d_2d(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<4xf32>, %[[B:[^:]*]]: tensor<4x5xf32>) -> tensor<5xf32>
func.func @matmul_1d_2d(%a: tensor<4xf32>, %b: tensor<4x5xf32>) -> tensor<5xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.matmul %[[A]], %[[B]] : (tensor<4xf32>, tensor<4x5xf32>) -> tensor<5xf32>
  %0 = graph.matmul %a, %b : (tensor<4xf32>, tensor<4x5xf32>) -> tensor<5xf32>
  // CHECK:       return %[[R0]] : tensor<5xf32>
  return %0 : tensor<5xf32>
}

// CHECK-LABEL: func.func @matmul_2d_1d(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<3x4xf32>, %[[B:[^:]*]]: tensor<4xf32>) -> tensor<3xf32>
func.func @matmul_2d_1d(%a: tensor<3x4xf32>, %b: tensor<4xf32>) -> tensor<3xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.matmul %[[A]], %[[B]] : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<3xf32>
  %0 = graph.matmul %a, %b : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<3xf32>
  // CHECK:       return %[[R0]] : tensor<3xf32>
  return %0 : tensor<3xf32>
}

// CHECK-LABEL: func.func @matmul_2d(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<3x4xf32>, %[[B:[^:]*]]: tensor<4x5xf32>) -> tensor<3x5xf32>
func.func @matmul_2d(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>) -> tensor<3x5xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.matmul %[[A]], %[[B]] : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  %0 = graph.matmul %a, %b : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  // CHECK:       return %[[R0]] : tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// CHECK-LABEL: func.func @matmul_batched(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<2x3x4xf32>, %[[B:[^:]*]]: tensor<2x4x5xf32>) -> tensor<2x3x5xf32>
func.func @matmul_batched(%a: tensor<2x3x4xf32>, %b: tensor<2x4x5xf32>) -> tensor<2x3x5xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.matmul %[[A]], %[[B]] : (tensor<2x3x4xf32>, tensor<2x4x5xf32>) -> tensor<2x3x5xf32>
  %0 = graph.matmul %a, %b : (tensor<2x3x4xf32>, tensor<2x4x5xf32>) -> tensor<2x3x5xf32>
  // CHECK:       return %[[R0]] : tensor<2x3x5xf32>
  return %0 : tensor<2x3x5xf32>
}

// Batch dims (2, 1) and (5) broadcast to (2, 5).
// CHECK-LABEL: func.func @matmul_broadcast_batch(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<2x1x3x4xf32>, %[[B:[^:]*]]: tensor<5x4x6xf32>) -> tensor<2x5x3x6xf32>
func.func @matmul_broadcast_batch(%a: tensor<2x1x3x4xf32>, %b: tensor<5x4x6xf32>) -> tensor<2x5x3x6xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.matmul %[[A]], %[[B]] : (tensor<2x1x3x4xf32>, tensor<5x4x6xf32>) -> tensor<2x5x3x6xf32>
  %0 = graph.matmul %a, %b : (tensor<2x1x3x4xf32>, tensor<5x4x6xf32>) -> tensor<2x5x3x6xf32>
  // CHECK:       return %[[R0]] : tensor<2x5x3x6xf32>
  return %0 : tensor<2x5x3x6xf32>
}

// A 2-D rhs broadcasts against the lhs batch.
// CHECK-LABEL: func.func @matmul_batched_2d(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<8x128x64xf32>, %[[B:[^:]*]]: tensor<64x32xf32>) -> tensor<8x128x32xf32>
func.func @matmul_batched_2d(%a: tensor<8x128x64xf32>, %b: tensor<64x32xf32>) -> tensor<8x128x32xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.matmul %[[A]], %[[B]] : (tensor<8x128x64xf32>, tensor<64x32xf32>) -> tensor<8x128x32xf32>
  %0 = graph.matmul %a, %b : (tensor<8x128x64xf32>, tensor<64x32xf32>) -> tensor<8x128x32xf32>
  // CHECK:       return %[[R0]] : tensor<8x128x32xf32>
  return %0 : tensor<8x128x32xf32>
}

// A 1-D operand against a batched one: the promoted dim is dropped.
// CHECK-LABEL: func.func @matmul_1d_batched(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<4xf32>, %[[B:[^:]*]]: tensor<2x4x5xf32>, %[[C:[^:]*]]: tensor<2x3x4xf32>) -> (tensor<2x5xf32>, tensor<2x3xf32>)
func.func @matmul_1d_batched(%a: tensor<4xf32>, %b: tensor<2x4x5xf32>, %c: tensor<2x3x4xf32>) -> (tensor<2x5xf32>, tensor<2x3xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.matmul %[[A]], %[[B]] : (tensor<4xf32>, tensor<2x4x5xf32>) -> tensor<2x5xf32>
  %0 = graph.matmul %a, %b : (tensor<4xf32>, tensor<2x4x5xf32>) -> tensor<2x5xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.matmul %[[C]], %[[A]] : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  %1 = graph.matmul %c, %a : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  // CHECK:       return %[[R0]], %[[R1]] : tensor<2x5xf32>, tensor<2x3xf32>
  return %0, %1 : tensor<2x5xf32>, tensor<2x3xf32>
}

// CHECK-LABEL: func.func @matmul_dynamic(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<?x3x4xf32>, %[[B:[^:]*]]: tensor<4x?xf32>, %[[C:[^:]*]]: tensor<?x5xf32>) -> (tensor<?x3x?xf32>, tensor<?x3x5xf32>)
func.func @matmul_dynamic(%a: tensor<?x3x4xf32>, %b: tensor<4x?xf32>, %c: tensor<?x5xf32>) -> (tensor<?x3x?xf32>, tensor<?x3x5xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.matmul %[[A]], %[[B]] : (tensor<?x3x4xf32>, tensor<4x?xf32>) -> tensor<?x3x?xf32>
  %0 = graph.matmul %a, %b : (tensor<?x3x4xf32>, tensor<4x?xf32>) -> tensor<?x3x?xf32>
  // A dynamic K is accepted.
  // CHECK:       %[[R1:[^ ]+]] = graph.matmul %[[A]], %[[C]] : (tensor<?x3x4xf32>, tensor<?x5xf32>) -> tensor<?x3x5xf32>
  %1 = graph.matmul %a, %c : (tensor<?x3x4xf32>, tensor<?x5xf32>) -> tensor<?x3x5xf32>
  // CHECK:       return %[[R0]], %[[R1]] : tensor<?x3x?xf32>, tensor<?x3x5xf32>
  return %0, %1 : tensor<?x3x?xf32>, tensor<?x3x5xf32>
}

// CHECK-LABEL: func.func @matmul_int(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<2x3xi32>, %[[B:[^:]*]]: tensor<3x4xi32>) -> tensor<2x4xi32>
func.func @matmul_int(%a: tensor<2x3xi32>, %b: tensor<3x4xi32>) -> tensor<2x4xi32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.matmul %[[A]], %[[B]] : (tensor<2x3xi32>, tensor<3x4xi32>) -> tensor<2x4xi32>
  %0 = graph.matmul %a, %b : (tensor<2x3xi32>, tensor<3x4xi32>) -> tensor<2x4xi32>
  // CHECK:       return %[[R0]] : tensor<2x4xi32>
  return %0 : tensor<2x4xi32>
}

//===----------------------------------------------------------------------===//
// graph.gemm
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @gemm_no_c(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<3x4xf32>, %[[B:[^:]*]]: tensor<4x5xf32>) -> tensor<3x5xf32>
func.func @gemm_no_c(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>) -> tensor<3x5xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.gemm %[[A]], %[[B]] : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  %0 = graph.gemm %a, %b : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  // CHECK:       return %[[R0]] : tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// CHECK-LABEL: func.func @gemm_c_2d(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<3x4xf32>, %[[B:[^:]*]]: tensor<4x5xf32>, %[[C:[^:]*]]: tensor<3x5xf32>) -> tensor<3x5xf32>
func.func @gemm_c_2d(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>, %c: tensor<3x5xf32>) -> tensor<3x5xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.gemm %[[A]], %[[B]], %[[C]] : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  %0 = graph.gemm %a, %b, %c : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  // CHECK:       return %[[R0]] : tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// C broadcasts unidirectionally to M x N: N, 1 x N, M x 1, or a scalar.
// CHECK-LABEL: func.func @gemm_c_broadcast(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<3x4xf32>, %[[B:[^:]*]]: tensor<4x5xf32>, %[[C1:[^:]*]]: tensor<5xf32>, %[[C2:[^:]*]]: tensor<1x5xf32>, %[[C3:[^:]*]]: tensor<3x1xf32>, %[[C4:[^:]*]]: tensor<f32>) -> (tensor<3x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>)
func.func @gemm_c_broadcast(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>, %c1: tensor<5xf32>, %c2: tensor<1x5xf32>, %c3: tensor<3x1xf32>, %c4: tensor<f32>) -> (tensor<3x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.gemm %[[A]], %[[B]], %[[C1]] : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  %0 = graph.gemm %a, %b, %c1 : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.gemm %[[A]], %[[B]], %[[C2]] : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<1x5xf32>) -> tensor<3x5xf32>
  %1 = graph.gemm %a, %b, %c2 : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<1x5xf32>) -> tensor<3x5xf32>
  // CHECK:       %[[R2:[^ ]+]] = graph.gemm %[[A]], %[[B]], %[[C3]] : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<3x1xf32>) -> tensor<3x5xf32>
  %2 = graph.gemm %a, %b, %c3 : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<3x1xf32>) -> tensor<3x5xf32>
  // CHECK:       %[[R3:[^ ]+]] = graph.gemm %[[A]], %[[B]], %[[C4]] : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<f32>) -> tensor<3x5xf32>
  %3 = graph.gemm %a, %b, %c4 : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<f32>) -> tensor<3x5xf32>
  // CHECK:       return %[[R0]], %[[R1]], %[[R2]], %[[R3]] : tensor<3x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>
  return %0, %1, %2, %3 : tensor<3x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>
}

// op(A) = A^T is 3x4.
// CHECK-LABEL: func.func @gemm_trans_a(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<4x3xf32>, %[[B:[^:]*]]: tensor<4x5xf32>) -> tensor<3x5xf32>
func.func @gemm_trans_a(%a: tensor<4x3xf32>, %b: tensor<4x5xf32>) -> tensor<3x5xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.gemm %[[A]], %[[B]] {transA = true} : (tensor<4x3xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  %0 = graph.gemm %a, %b {transA = true} : (tensor<4x3xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  // CHECK:       return %[[R0]] : tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// op(B) = B^T is 512x10 (a classifier head).
// CHECK-LABEL: func.func @gemm_trans_b(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<1x512xf32>, %[[B:[^:]*]]: tensor<10x512xf32>, %[[C:[^:]*]]: tensor<10xf32>) -> tensor<1x10xf32>
func.func @gemm_trans_b(%a: tensor<1x512xf32>, %b: tensor<10x512xf32>, %c: tensor<10xf32>) -> tensor<1x10xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.gemm %[[A]], %[[B]], %[[C]] {transB = true} : (tensor<1x512xf32>, tensor<10x512xf32>, tensor<10xf32>) -> tensor<1x10xf32>
  %0 = graph.gemm %a, %b, %c {transB = true} : (tensor<1x512xf32>, tensor<10x512xf32>, tensor<10xf32>) -> tensor<1x10xf32>
  // CHECK:       return %[[R0]] : tensor<1x10xf32>
  return %0 : tensor<1x10xf32>
}

// CHECK-LABEL: func.func @gemm_trans_both(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<4x3xf32>, %[[B:[^:]*]]: tensor<5x4xf32>) -> tensor<3x5xf32>
func.func @gemm_trans_both(%a: tensor<4x3xf32>, %b: tensor<5x4xf32>) -> tensor<3x5xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.gemm %[[A]], %[[B]] {transA = true, transB = true} : (tensor<4x3xf32>, tensor<5x4xf32>) -> tensor<3x5xf32>
  %0 = graph.gemm %a, %b {transA = true, transB = true} : (tensor<4x3xf32>, tensor<5x4xf32>) -> tensor<3x5xf32>
  // CHECK:       return %[[R0]] : tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// CHECK-LABEL: func.func @gemm_alpha_beta(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<3x4xf32>, %[[B:[^:]*]]: tensor<4x5xf32>, %[[C:[^:]*]]: tensor<5xf32>) -> tensor<3x5xf32>
func.func @gemm_alpha_beta(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>, %c: tensor<5xf32>) -> tensor<3x5xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.gemm %[[A]], %[[B]], %[[C]] {alpha = 2.500000e-01 : f32, beta = 0.000000e+00 : f32} : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  %0 = graph.gemm %a, %b, %c {alpha = 2.500000e-01 : f32, beta = 0.000000e+00 : f32} : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  // CHECK:       return %[[R0]] : tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// Explicit defaults are accepted (and elided when printed).
// CHECK-LABEL: func.func @gemm_explicit_defaults(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<3x4xf32>, %[[B:[^:]*]]: tensor<4x5xf32>) -> tensor<3x5xf32>
func.func @gemm_explicit_defaults(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>) -> tensor<3x5xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.gemm %[[A]], %[[B]] : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  %0 = graph.gemm %a, %b {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, transA = false, transB = false} : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  // CHECK:       return %[[R0]] : tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// CHECK-LABEL: func.func @gemm_dynamic(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<?x4xf32>, %[[B:[^:]*]]: tensor<4x?xf32>, %[[C:[^:]*]]: tensor<5xf32>) -> tensor<?x5xf32>
func.func @gemm_dynamic(%a: tensor<?x4xf32>, %b: tensor<4x?xf32>, %c: tensor<5xf32>) -> tensor<?x5xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.gemm %[[A]], %[[B]], %[[C]] : (tensor<?x4xf32>, tensor<4x?xf32>, tensor<5xf32>) -> tensor<?x5xf32>
  %0 = graph.gemm %a, %b, %c : (tensor<?x4xf32>, tensor<4x?xf32>, tensor<5xf32>) -> tensor<?x5xf32>
  // CHECK:       return %[[R0]] : tensor<?x5xf32>
  return %0 : tensor<?x5xf32>
}

//===----------------------------------------------------------------------===//
// graph.conv
//===----------------------------------------------------------------------===//

// 1-D: floor((100 - 5) / 2) + 1 = 48.
// CHECK-LABEL: func.func @conv_1d(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x4x100xf32>, %[[W:[^:]*]]: tensor<8x4x5xf32>) -> tensor<2x8x48xf32>
func.func @conv_1d(%x: tensor<2x4x100xf32>, %w: tensor<8x4x5xf32>) -> tensor<2x8x48xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]] {strides = array<i64: 2>} : (tensor<2x4x100xf32>, tensor<8x4x5xf32>) -> tensor<2x8x48xf32>
  %0 = graph.conv %x, %w {strides = array<i64: 2>} : (tensor<2x4x100xf32>, tensor<8x4x5xf32>) -> tensor<2x8x48xf32>
  // CHECK:       return %[[R0]] : tensor<2x8x48xf32>
  return %0 : tensor<2x8x48xf32>
}

// 2-D, defaults: 32 - 3 + 1 = 30.
// CHECK-LABEL: func.func @conv_2d(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x32x32xf32>, %[[W:[^:]*]]: tensor<16x3x3x3xf32>) -> tensor<1x16x30x30xf32>
func.func @conv_2d(%x: tensor<1x3x32x32xf32>, %w: tensor<16x3x3x3xf32>) -> tensor<1x16x30x30xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]] : (tensor<1x3x32x32xf32>, tensor<16x3x3x3xf32>) -> tensor<1x16x30x30xf32>
  %0 = graph.conv %x, %w : (tensor<1x3x32x32xf32>, tensor<16x3x3x3xf32>) -> tensor<1x16x30x30xf32>
  // CHECK:       return %[[R0]] : tensor<1x16x30x30xf32>
  return %0 : tensor<1x16x30x30xf32>
}

// floor((224 + 1 + 1 - 3) / 2) + 1 = 112.
// CHECK-LABEL: func.func @conv_2d_bias_pads_strides(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x224x224xf32>, %[[W:[^:]*]]: tensor<64x3x3x3xf32>, %[[B:[^:]*]]: tensor<64xf32>) -> tensor<1x64x112x112xf32>
func.func @conv_2d_bias_pads_strides(%x: tensor<1x3x224x224xf32>, %w: tensor<64x3x3x3xf32>, %b: tensor<64xf32>) -> tensor<1x64x112x112xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]], %[[B]] {pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x3x224x224xf32>, tensor<64x3x3x3xf32>, tensor<64xf32>) -> tensor<1x64x112x112xf32>
  %0 = graph.conv %x, %w, %b {pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x3x224x224xf32>, tensor<64x3x3x3xf32>, tensor<64xf32>) -> tensor<1x64x112x112xf32>
  // CHECK:       return %[[R0]] : tensor<1x64x112x112xf32>
  return %0 : tensor<1x64x112x112xf32>
}

// pads are (begin0, begin1, end0, end1) = (0, 1, 2, 3):
// dim 0: 10 + 0 + 2 - 3 + 1 = 10; dim 1: 10 + 1 + 3 - 3 + 1 = 12.
// CHECK-LABEL: func.func @conv_asymmetric_pads(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x10x10xf32>, %[[W:[^:]*]]: tensor<4x3x3x3xf32>) -> tensor<1x4x10x12xf32>
func.func @conv_asymmetric_pads(%x: tensor<1x3x10x10xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x10x12xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]] {pads = array<i64: 0, 1, 2, 3>} : (tensor<1x3x10x10xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x10x12xf32>
  %0 = graph.conv %x, %w {pads = array<i64: 0, 1, 2, 3>} : (tensor<1x3x10x10xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x10x12xf32>
  // CHECK:       return %[[R0]] : tensor<1x4x10x12xf32>
  return %0 : tensor<1x4x10x12xf32>
}

// Rectangular strides: floor(14 / 2) + 1 = 8, floor(14 / 3) + 1 = 5.
// CHECK-LABEL: func.func @conv_strides(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x17x17xf32>, %[[W:[^:]*]]: tensor<4x3x3x3xf32>) -> tensor<1x4x8x5xf32>
func.func @conv_strides(%x: tensor<1x3x17x17xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x8x5xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]] {strides = array<i64: 2, 3>} : (tensor<1x3x17x17xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x5xf32>
  %0 = graph.conv %x, %w {strides = array<i64: 2, 3>} : (tensor<1x3x17x17xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x5xf32>
  // CHECK:       return %[[R0]] : tensor<1x4x8x5xf32>
  return %0 : tensor<1x4x8x5xf32>
}

// Dilated kernels 2*(3-1)+1 = 5 and 3*(3-1)+1 = 7: 16 - 5 + 1 = 12, 16 - 7 + 1 = 10.
// CHECK-LABEL: func.func @conv_dilations(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x2x16x16xf32>, %[[W:[^:]*]]: tensor<4x2x3x3xf32>) -> tensor<1x4x12x10xf32>
func.func @conv_dilations(%x: tensor<1x2x16x16xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x4x12x10xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]] {dilations = array<i64: 2, 3>} : (tensor<1x2x16x16xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x12x10xf32>
  %0 = graph.conv %x, %w {dilations = array<i64: 2, 3>} : (tensor<1x2x16x16xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x12x10xf32>
  // CHECK:       return %[[R0]] : tensor<1x4x12x10xf32>
  return %0 : tensor<1x4x12x10xf32>
}

// CHECK-LABEL: func.func @conv_kernel_shape(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x8x8xf32>, %[[W:[^:]*]]: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
func.func @conv_kernel_shape(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]] {kernel_shape = array<i64: 3, 3>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  %0 = graph.conv %x, %w {kernel_shape = array<i64: 3, 3>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  // CHECK:       return %[[R0]] : tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// kernel_shape supplies a dynamic kernel dim: 8 - 3 + 1 = 6.
// CHECK-LABEL: func.func @conv_kernel_shape_dynamic_w(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x8x8xf32>, %[[W:[^:]*]]: tensor<4x3x?x?xf32>) -> tensor<1x4x6x4xf32>
func.func @conv_kernel_shape_dynamic_w(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x?x?xf32>) -> tensor<1x4x6x4xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]] {kernel_shape = array<i64: 3, 5>} : (tensor<1x3x8x8xf32>, tensor<4x3x?x?xf32>) -> tensor<1x4x6x4xf32>
  %0 = graph.conv %x, %w {kernel_shape = array<i64: 3, 5>} : (tensor<1x3x8x8xf32>, tensor<4x3x?x?xf32>) -> tensor<1x4x6x4xf32>
  // CHECK:       return %[[R0]] : tensor<1x4x6x4xf32>
  return %0 : tensor<1x4x6x4xf32>
}

// 3-D, dilations (1, 2, 1), strides (1, 1, 2): 14, 16 - 5 + 1 = 12,
// floor((16 - 3) / 2) + 1 = 7.
// CHECK-LABEL: func.func @conv_3d(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x2x16x16x16xf32>, %[[W:[^:]*]]: tensor<4x2x3x3x3xf32>) -> tensor<1x4x14x12x7xf32>
func.func @conv_3d(%x: tensor<1x2x16x16x16xf32>, %w: tensor<4x2x3x3x3xf32>) -> tensor<1x4x14x12x7xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]] {dilations = array<i64: 1, 2, 1>, strides = array<i64: 1, 1, 2>} : (tensor<1x2x16x16x16xf32>, tensor<4x2x3x3x3xf32>) -> tensor<1x4x14x12x7xf32>
  %0 = graph.conv %x, %w {dilations = array<i64: 1, 2, 1>, strides = array<i64: 1, 1, 2>} : (tensor<1x2x16x16x16xf32>, tensor<4x2x3x3x3xf32>) -> tensor<1x4x14x12x7xf32>
  // CHECK:       return %[[R0]] : tensor<1x4x14x12x7xf32>
  return %0 : tensor<1x4x14x12x7xf32>
}

// Grouped: C = 8 = 4 * 2, M = 12 is a multiple of 2.
// CHECK-LABEL: func.func @conv_grouped(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x8x10x10xf32>, %[[W:[^:]*]]: tensor<12x4x3x3xf32>) -> tensor<1x12x8x8xf32>
func.func @conv_grouped(%x: tensor<1x8x10x10xf32>, %w: tensor<12x4x3x3xf32>) -> tensor<1x12x8x8xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]] {group = 2 : i64} : (tensor<1x8x10x10xf32>, tensor<12x4x3x3xf32>) -> tensor<1x12x8x8xf32>
  %0 = graph.conv %x, %w {group = 2 : i64} : (tensor<1x8x10x10xf32>, tensor<12x4x3x3xf32>) -> tensor<1x12x8x8xf32>
  // CHECK:       return %[[R0]] : tensor<1x12x8x8xf32>
  return %0 : tensor<1x12x8x8xf32>
}

// Depthwise (MobileNet): group = C = M.
// CHECK-LABEL: func.func @conv_depthwise(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x32x112x112xf32>, %[[W:[^:]*]]: tensor<32x1x3x3xf32>, %[[B:[^:]*]]: tensor<32xf32>) -> tensor<1x32x112x112xf32>
func.func @conv_depthwise(%x: tensor<1x32x112x112xf32>, %w: tensor<32x1x3x3xf32>, %b: tensor<32xf32>) -> tensor<1x32x112x112xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]], %[[B]] {group = 32 : i64, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x32x112x112xf32>, tensor<32x1x3x3xf32>, tensor<32xf32>) -> tensor<1x32x112x112xf32>
  %0 = graph.conv %x, %w, %b {group = 32 : i64, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x32x112x112xf32>, tensor<32x1x3x3xf32>, tensor<32xf32>) -> tensor<1x32x112x112xf32>
  // CHECK:       return %[[R0]] : tensor<1x32x112x112xf32>
  return %0 : tensor<1x32x112x112xf32>
}

// Depthwise with channel multiplier 2.
// CHECK-LABEL: func.func @conv_depthwise_multiplier(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x8x8x8xf32>, %[[W:[^:]*]]: tensor<16x1x3x3xf32>) -> tensor<1x16x6x6xf32>
func.func @conv_depthwise_multiplier(%x: tensor<1x8x8x8xf32>, %w: tensor<16x1x3x3xf32>) -> tensor<1x16x6x6xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]] {group = 8 : i64} : (tensor<1x8x8x8xf32>, tensor<16x1x3x3xf32>) -> tensor<1x16x6x6xf32>
  %0 = graph.conv %x, %w {group = 8 : i64} : (tensor<1x8x8x8xf32>, tensor<16x1x3x3xf32>) -> tensor<1x16x6x6xf32>
  // CHECK:       return %[[R0]] : tensor<1x16x6x6xf32>
  return %0 : tensor<1x16x6x6xf32>
}

// NOTSET is the default: accepted explicitly, elided when printed.
// CHECK-LABEL: func.func @conv_auto_pad_notset(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x8x8xf32>, %[[W:[^:]*]]: tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
func.func @conv_auto_pad_notset(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]] {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  %0 = graph.conv %x, %w {auto_pad = "NOTSET", pads = array<i64: 1, 1, 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  // CHECK:       return %[[R0]] : tensor<1x4x8x8xf32>
  return %0 : tensor<1x4x8x8xf32>
}

// SAME_*: ceil(7 / 2) = 4; ceil(8 / 2) = 4, ceil(9 / 3) = 3.
// CHECK-LABEL: func.func @conv_auto_pad_same_upper(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x7x7xf32>, %[[W:[^:]*]]: tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
func.func @conv_auto_pad_same_upper(%x: tensor<1x3x7x7xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]] {auto_pad = "SAME_UPPER", strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
  %0 = graph.conv %x, %w {auto_pad = "SAME_UPPER", strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
  // CHECK:       return %[[R0]] : tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// CHECK-LABEL: func.func @conv_auto_pad_same_lower(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x8x9xf32>, %[[W:[^:]*]]: tensor<4x3x3x3xf32>) -> tensor<1x4x4x3xf32>
func.func @conv_auto_pad_same_lower(%x: tensor<1x3x8x9xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x4x3xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]] {auto_pad = "SAME_LOWER", strides = array<i64: 2, 3>} : (tensor<1x3x8x9xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x3xf32>
  %0 = graph.conv %x, %w {auto_pad = "SAME_LOWER", strides = array<i64: 2, 3>} : (tensor<1x3x8x9xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x3xf32>
  // CHECK:       return %[[R0]] : tensor<1x4x4x3xf32>
  return %0 : tensor<1x4x4x3xf32>
}

// SAME keeps ceil(in / stride) whatever the dilation.
// CHECK-LABEL: func.func @conv_auto_pad_same_dilated(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x10x10xf32>, %[[W:[^:]*]]: tensor<4x3x3x3xf32>) -> tensor<1x4x10x10xf32>
func.func @conv_auto_pad_same_dilated(%x: tensor<1x3x10x10xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x10x10xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]] {auto_pad = "SAME_UPPER", dilations = array<i64: 2, 2>} : (tensor<1x3x10x10xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x10x10xf32>
  %0 = graph.conv %x, %w {auto_pad = "SAME_UPPER", dilations = array<i64: 2, 2>} : (tensor<1x3x10x10xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x10x10xf32>
  // CHECK:       return %[[R0]] : tensor<1x4x10x10xf32>
  return %0 : tensor<1x4x10x10xf32>
}

// VALID: ceil((7 - 3 + 1) / 2) = 3, ceil((8 - 3 + 1) / 2) = 3.
// CHECK-LABEL: func.func @conv_auto_pad_valid(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x7x8xf32>, %[[W:[^:]*]]: tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32>
func.func @conv_auto_pad_valid(%x: tensor<1x3x7x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]] {auto_pad = "VALID", strides = array<i64: 2, 2>} : (tensor<1x3x7x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32>
  %0 = graph.conv %x, %w {auto_pad = "VALID", strides = array<i64: 2, 2>} : (tensor<1x3x7x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32>
  // CHECK:       return %[[R0]] : tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// CHECK-LABEL: func.func @conv_dynamic_batch(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<?x3x32x32xf32>, %[[W:[^:]*]]: tensor<8x3x5x5xf32>, %[[B:[^:]*]]: tensor<8xf32>) -> tensor<?x8x28x28xf32>
func.func @conv_dynamic_batch(%x: tensor<?x3x32x32xf32>, %w: tensor<8x3x5x5xf32>, %b: tensor<8xf32>) -> tensor<?x8x28x28xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]], %[[B]] : (tensor<?x3x32x32xf32>, tensor<8x3x5x5xf32>, tensor<8xf32>) -> tensor<?x8x28x28xf32>
  %0 = graph.conv %x, %w, %b : (tensor<?x3x32x32xf32>, tensor<8x3x5x5xf32>, tensor<8xf32>) -> tensor<?x8x28x28xf32>
  // CHECK:       return %[[R0]] : tensor<?x8x28x28xf32>
  return %0 : tensor<?x8x28x28xf32>
}

// CHECK-LABEL: func.func @conv_dynamic_spatial(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x?x32xf32>, %[[W:[^:]*]]: tensor<8x3x5x5xf32>) -> tensor<1x8x?x28xf32>
func.func @conv_dynamic_spatial(%x: tensor<1x3x?x32xf32>, %w: tensor<8x3x5x5xf32>) -> tensor<1x8x?x28xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]] : (tensor<1x3x?x32xf32>, tensor<8x3x5x5xf32>) -> tensor<1x8x?x28xf32>
  %0 = graph.conv %x, %w : (tensor<1x3x?x32xf32>, tensor<8x3x5x5xf32>) -> tensor<1x8x?x28xf32>
  // CHECK:       return %[[R0]] : tensor<1x8x?x28xf32>
  return %0 : tensor<1x8x?x28xf32>
}

// A dynamic M gives a dynamic channel dim; the bias is not checked against it.
// CHECK-LABEL: func.func @conv_dynamic_m(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x8x8xf32>, %[[W:[^:]*]]: tensor<?x3x3x3xf32>, %[[B:[^:]*]]: tensor<8xf32>) -> tensor<1x?x6x6xf32>
func.func @conv_dynamic_m(%x: tensor<1x3x8x8xf32>, %w: tensor<?x3x3x3xf32>, %b: tensor<8xf32>) -> tensor<1x?x6x6xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]], %[[B]] : (tensor<1x3x8x8xf32>, tensor<?x3x3x3xf32>, tensor<8xf32>) -> tensor<1x?x6x6xf32>
  %0 = graph.conv %x, %w, %b : (tensor<1x3x8x8xf32>, tensor<?x3x3x3xf32>, tensor<8xf32>) -> tensor<1x?x6x6xf32>
  // CHECK:       return %[[R0]] : tensor<1x?x6x6xf32>
  return %0 : tensor<1x?x6x6xf32>
}

// A declared result may be more static than the inferred one (a `?` that
// the importer resolved): the inferred batch is `?`, the declared one 1.
// CHECK-LABEL: func.func @conv_refined_result(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<?x3x32x32xf32>, %[[W:[^:]*]]: tensor<8x3x5x5xf32>) -> tensor<1x8x28x28xf32>
func.func @conv_refined_result(%x: tensor<?x3x32x32xf32>, %w: tensor<8x3x5x5xf32>) -> tensor<1x8x28x28xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]] : (tensor<?x3x32x32xf32>, tensor<8x3x5x5xf32>) -> tensor<1x8x28x28xf32>
  %0 = graph.conv %x, %w : (tensor<?x3x32x32xf32>, tensor<8x3x5x5xf32>) -> tensor<1x8x28x28xf32>
  // CHECK:       return %[[R0]] : tensor<1x8x28x28xf32>
  return %0 : tensor<1x8x28x28xf32>
}

// CHECK-LABEL: func.func @conv_f16(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x4x8x8xf16>, %[[W:[^:]*]]: tensor<4x4x1x1xf16>) -> tensor<1x4x8x8xf16>
func.func @conv_f16(%x: tensor<1x4x8x8xf16>, %w: tensor<4x4x1x1xf16>) -> tensor<1x4x8x8xf16> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]] : (tensor<1x4x8x8xf16>, tensor<4x4x1x1xf16>) -> tensor<1x4x8x8xf16>
  %0 = graph.conv %x, %w : (tensor<1x4x8x8xf16>, tensor<4x4x1x1xf16>) -> tensor<1x4x8x8xf16>
  // CHECK:       return %[[R0]] : tensor<1x4x8x8xf16>
  return %0 : tensor<1x4x8x8xf16>
}

// Every attribute at once: C = 4 = 2 * 2, dilated kernel 2*(3-1)+1 = 5,
// floor((9 + 2 + 2 - 5) / 2) + 1 = 5, floor((9 + 1 + 0 - 5) / 3) + 1 = 2.
// CHECK-LABEL: func.func @conv_all_attrs(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x4x9x9xf32>, %[[W:[^:]*]]: tensor<6x2x3x3xf32>, %[[B:[^:]*]]: tensor<6xf32>) -> tensor<2x6x5x2xf32>
func.func @conv_all_attrs(%x: tensor<2x4x9x9xf32>, %w: tensor<6x2x3x3xf32>, %b: tensor<6xf32>) -> tensor<2x6x5x2xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv %[[X]], %[[W]], %[[B]] {dilations = array<i64: 2, 2>, group = 2 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 2, 1, 2, 0>, strides = array<i64: 2, 3>} : (tensor<2x4x9x9xf32>, tensor<6x2x3x3xf32>, tensor<6xf32>) -> tensor<2x6x5x2xf32>
  %0 = graph.conv %x, %w, %b {auto_pad = "NOTSET", dilations = array<i64: 2, 2>, group = 2 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 2, 1, 2, 0>, strides = array<i64: 2, 3>} : (tensor<2x4x9x9xf32>, tensor<6x2x3x3xf32>, tensor<6xf32>) -> tensor<2x6x5x2xf32>
  // CHECK:       return %[[R0]] : tensor<2x6x5x2xf32>
  return %0 : tensor<2x6x5x2xf32>
}

//===----------------------------------------------------------------------===//
// graph.conv_transpose
//===----------------------------------------------------------------------===//

// Defaults: 1 * (5 - 1) + 0 + (3 - 1) + 1 - 0 = 7; M = W[1] * group = 2.
// CHECK-LABEL: func.func @conv_transpose_default(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x4x5x5xf32>, %[[W:[^:]*]]: tensor<4x2x3x3xf32>) -> tensor<1x2x7x7xf32>
func.func @conv_transpose_default(%x: tensor<1x4x5x5xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x2x7x7xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv_transpose %[[X]], %[[W]] : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x2x7x7xf32>
  %0 = graph.conv_transpose %x, %w : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x2x7x7xf32>
  // CHECK:       return %[[R0]] : tensor<1x2x7x7xf32>
  return %0 : tensor<1x2x7x7xf32>
}

// 2 * (8 - 1) + (2 - 1) + 1 = 16.
// CHECK-LABEL: func.func @conv_transpose_strides(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x16x8x8xf32>, %[[W:[^:]*]]: tensor<16x8x2x2xf32>) -> tensor<1x8x16x16xf32>
func.func @conv_transpose_strides(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x8x16x16xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv_transpose %[[X]], %[[W]] {strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x16x16xf32>
  %0 = graph.conv_transpose %x, %w {strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x16x16xf32>
  // CHECK:       return %[[R0]] : tensor<1x8x16x16xf32>
  return %0 : tensor<1x8x16x16xf32>
}

// group 2: M = 4 * 2 = 8; 2 * (8 - 1) + 1 + 3 - 1 - 1 = 16 and
// 2 * 7 + 0 + 3 - 1 - 1 = 15.
// CHECK-LABEL: func.func @conv_transpose_pads_output_padding_group(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x16x8x8xf32>, %[[W:[^:]*]]: tensor<16x4x3x3xf32>, %[[B:[^:]*]]: tensor<8xf32>) -> tensor<1x8x16x15xf32>
func.func @conv_transpose_pads_output_padding_group(%x: tensor<1x16x8x8xf32>, %w: tensor<16x4x3x3xf32>, %b: tensor<8xf32>) -> tensor<1x8x16x15xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv_transpose %[[X]], %[[W]], %[[B]] {group = 2 : i64, output_padding = array<i64: 1, 0>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x4x3x3xf32>, tensor<8xf32>) -> tensor<1x8x16x15xf32>
  %0 = graph.conv_transpose %x, %w, %b {group = 2 : i64, output_padding = array<i64: 1, 0>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x4x3x3xf32>, tensor<8xf32>) -> tensor<1x8x16x15xf32>
  // CHECK:       return %[[R0]] : tensor<1x8x16x15xf32>
  return %0 : tensor<1x8x16x15xf32>
}

// Asymmetric pads (begins 0, 2; ends 1, 0): 2*7+3-1 = 16, 2*7+3-2 = 15.
// CHECK-LABEL: func.func @conv_transpose_asymmetric_pads(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x16x8x8xf32>, %[[W:[^:]*]]: tensor<16x4x3x3xf32>) -> tensor<1x4x16x15xf32>
func.func @conv_transpose_asymmetric_pads(%x: tensor<1x16x8x8xf32>, %w: tensor<16x4x3x3xf32>) -> tensor<1x4x16x15xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv_transpose %[[X]], %[[W]] {pads = array<i64: 0, 2, 1, 0>, strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x4x3x3xf32>) -> tensor<1x4x16x15xf32>
  %0 = graph.conv_transpose %x, %w {pads = array<i64: 0, 2, 1, 0>, strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x4x3x3xf32>) -> tensor<1x4x16x15xf32>
  // CHECK:       return %[[R0]] : tensor<1x4x16x15xf32>
  return %0 : tensor<1x4x16x15xf32>
}

// An explicit output_shape (spatial only, or with N and C) wins.
// CHECK-LABEL: func.func @conv_transpose_output_shape(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x16x8x8xf32>, %[[W:[^:]*]]: tensor<16x4x3x3xf32>) -> (tensor<1x4x15x15xf32>, tensor<1x4x16x17xf32>)
func.func @conv_transpose_output_shape(%x: tensor<1x16x8x8xf32>, %w: tensor<16x4x3x3xf32>) -> (tensor<1x4x15x15xf32>, tensor<1x4x16x17xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv_transpose %[[X]], %[[W]] {output_shape = array<i64: 15, 15>, strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x4x3x3xf32>) -> tensor<1x4x15x15xf32>
  %0 = graph.conv_transpose %x, %w {output_shape = array<i64: 15, 15>, strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x4x3x3xf32>) -> tensor<1x4x15x15xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.conv_transpose %[[X]], %[[W]] {auto_pad = "SAME_UPPER", output_shape = array<i64: 1, 4, 16, 17>, strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x4x3x3xf32>) -> tensor<1x4x16x17xf32>
  %1 = graph.conv_transpose %x, %w {auto_pad = "SAME_UPPER", output_shape = array<i64: 1, 4, 16, 17>, strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x4x3x3xf32>) -> tensor<1x4x16x17xf32>
  // CHECK:       return %[[R0]], %[[R1]] : tensor<1x4x15x15xf32>, tensor<1x4x16x17xf32>
  return %0, %1 : tensor<1x4x15x15xf32>, tensor<1x4x16x17xf32>
}

// SAME_*: in * stride = 5 * 2 = 10, 6 * 3 = 18.
// CHECK-LABEL: func.func @conv_transpose_same_upper(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x4x5x6xf32>, %[[W:[^:]*]]: tensor<4x3x3x3xf32>) -> tensor<1x3x10x18xf32>
func.func @conv_transpose_same_upper(%x: tensor<1x4x5x6xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x3x10x18xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv_transpose %[[X]], %[[W]] {auto_pad = "SAME_UPPER", strides = array<i64: 2, 3>} : (tensor<1x4x5x6xf32>, tensor<4x3x3x3xf32>) -> tensor<1x3x10x18xf32>
  %0 = graph.conv_transpose %x, %w {auto_pad = "SAME_UPPER", strides = array<i64: 2, 3>} : (tensor<1x4x5x6xf32>, tensor<4x3x3x3xf32>) -> tensor<1x3x10x18xf32>
  // CHECK:       return %[[R0]] : tensor<1x3x10x18xf32>
  return %0 : tensor<1x3x10x18xf32>
}

// CHECK-LABEL: func.func @conv_transpose_same_lower(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x4x5x5xf32>, %[[W:[^:]*]]: tensor<4x3x2x2xf32>) -> tensor<1x3x10x10xf32>
func.func @conv_transpose_same_lower(%x: tensor<1x4x5x5xf32>, %w: tensor<4x3x2x2xf32>) -> tensor<1x3x10x10xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv_transpose %[[X]], %[[W]] {auto_pad = "SAME_LOWER", strides = array<i64: 2, 2>} : (tensor<1x4x5x5xf32>, tensor<4x3x2x2xf32>) -> tensor<1x3x10x10xf32>
  %0 = graph.conv_transpose %x, %w {auto_pad = "SAME_LOWER", strides = array<i64: 2, 2>} : (tensor<1x4x5x5xf32>, tensor<4x3x2x2xf32>) -> tensor<1x3x10x10xf32>
  // CHECK:       return %[[R0]] : tensor<1x3x10x10xf32>
  return %0 : tensor<1x3x10x10xf32>
}

// VALID ignores pads: 2 * 4 + 1 + 3 = 12 and 2 * 4 + 0 + 3 = 11.
// CHECK-LABEL: func.func @conv_transpose_valid(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x4x5x5xf32>, %[[W:[^:]*]]: tensor<4x3x3x3xf32>) -> tensor<1x3x12x11xf32>
func.func @conv_transpose_valid(%x: tensor<1x4x5x5xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x3x12x11xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv_transpose %[[X]], %[[W]] {auto_pad = "VALID", output_padding = array<i64: 1, 0>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x4x5x5xf32>, tensor<4x3x3x3xf32>) -> tensor<1x3x12x11xf32>
  %0 = graph.conv_transpose %x, %w {auto_pad = "VALID", output_padding = array<i64: 1, 0>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x4x5x5xf32>, tensor<4x3x3x3xf32>) -> tensor<1x3x12x11xf32>
  // CHECK:       return %[[R0]] : tensor<1x3x12x11xf32>
  return %0 : tensor<1x3x12x11xf32>
}

// Dilated kernel 2 * (3 - 1) + 1 = 5: (5 - 1) + 5 = 9.
// CHECK-LABEL: func.func @conv_transpose_dilations(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x4x5x5xf32>, %[[W:[^:]*]]: tensor<4x2x3x3xf32>) -> tensor<1x2x9x9xf32>
func.func @conv_transpose_dilations(%x: tensor<1x4x5x5xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x2x9x9xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv_transpose %[[X]], %[[W]] {dilations = array<i64: 2, 2>, kernel_shape = array<i64: 3, 3>} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x2x9x9xf32>
  %0 = graph.conv_transpose %x, %w {dilations = array<i64: 2, 2>, kernel_shape = array<i64: 3, 3>} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x2x9x9xf32>
  // CHECK:       return %[[R0]] : tensor<1x2x9x9xf32>
  return %0 : tensor<1x2x9x9xf32>
}

// 1-D: 2 * (10 - 1) + 4 - 1 - 1 = 20.
// CHECK-LABEL: func.func @conv_transpose_1d(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x4x10xf32>, %[[W:[^:]*]]: tensor<4x2x4xf32>) -> tensor<1x2x20xf32>
func.func @conv_transpose_1d(%x: tensor<1x4x10xf32>, %w: tensor<4x2x4xf32>) -> tensor<1x2x20xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv_transpose %[[X]], %[[W]] {pads = array<i64: 1, 1>, strides = array<i64: 2>} : (tensor<1x4x10xf32>, tensor<4x2x4xf32>) -> tensor<1x2x20xf32>
  %0 = graph.conv_transpose %x, %w {pads = array<i64: 1, 1>, strides = array<i64: 2>} : (tensor<1x4x10xf32>, tensor<4x2x4xf32>) -> tensor<1x2x20xf32>
  // CHECK:       return %[[R0]] : tensor<1x2x20xf32>
  return %0 : tensor<1x2x20xf32>
}

// 3-D: 2 * (4 - 1) + 2 = 8.
// CHECK-LABEL: func.func @conv_transpose_3d(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x2x4x4x4xf32>, %[[W:[^:]*]]: tensor<2x3x2x2x2xf32>, %[[B:[^:]*]]: tensor<3xf32>) -> tensor<1x3x8x8x8xf32>
func.func @conv_transpose_3d(%x: tensor<1x2x4x4x4xf32>, %w: tensor<2x3x2x2x2xf32>, %b: tensor<3xf32>) -> tensor<1x3x8x8x8xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv_transpose %[[X]], %[[W]], %[[B]] {strides = array<i64: 2, 2, 2>} : (tensor<1x2x4x4x4xf32>, tensor<2x3x2x2x2xf32>, tensor<3xf32>) -> tensor<1x3x8x8x8xf32>
  %0 = graph.conv_transpose %x, %w, %b {strides = array<i64: 2, 2, 2>} : (tensor<1x2x4x4x4xf32>, tensor<2x3x2x2x2xf32>, tensor<3xf32>) -> tensor<1x3x8x8x8xf32>
  // CHECK:       return %[[R0]] : tensor<1x3x8x8x8xf32>
  return %0 : tensor<1x3x8x8x8xf32>
}

// CHECK-LABEL: func.func @conv_transpose_dynamic(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<?x16x?x8xf32>, %[[W:[^:]*]]: tensor<16x8x2x2xf32>) -> tensor<?x8x?x16xf32>
func.func @conv_transpose_dynamic(%x: tensor<?x16x?x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<?x8x?x16xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.conv_transpose %[[X]], %[[W]] {strides = array<i64: 2, 2>} : (tensor<?x16x?x8xf32>, tensor<16x8x2x2xf32>) -> tensor<?x8x?x16xf32>
  %0 = graph.conv_transpose %x, %w {strides = array<i64: 2, 2>} : (tensor<?x16x?x8xf32>, tensor<16x8x2x2xf32>) -> tensor<?x8x?x16xf32>
  // CHECK:       return %[[R0]] : tensor<?x8x?x16xf32>
  return %0 : tensor<?x8x?x16xf32>
}

//===----------------------------------------------------------------------===//
// graph.max_pool, graph.average_pool
//===----------------------------------------------------------------------===//

// floor((112 + 2 - 3) / 2) + 1 = 56.
// CHECK-LABEL: func.func @max_pool_resnet(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32>
func.func @max_pool_resnet(%x: tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.max_pool %[[X]] {kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32>
  %0 = graph.max_pool %x {kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32>
  // CHECK:       return %[[R0]] : tensor<1x64x56x56xf32>
  return %0 : tensor<1x64x56x56xf32>
}

// Default strides 1: 8 - 2 + 1 = 7.
// CHECK-LABEL: func.func @max_pool_default_strides(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x8x8xf32>) -> tensor<1x3x7x7xf32>
func.func @max_pool_default_strides(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x7x7xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.max_pool %[[X]] {kernel_shape = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>) -> tensor<1x3x7x7xf32>
  %0 = graph.max_pool %x {kernel_shape = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>) -> tensor<1x3x7x7xf32>
  // CHECK:       return %[[R0]] : tensor<1x3x7x7xf32>
  return %0 : tensor<1x3x7x7xf32>
}

// floor((6 - 3) / 2) + 1 = 2, but ceil((6 - 3) / 2) + 1 = 3 with ceil_mode.
// CHECK-LABEL: func.func @max_pool_ceil_mode(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x6x6xf32>) -> (tensor<1x3x2x2xf32>, tensor<1x3x3x3xf32>)
func.func @max_pool_ceil_mode(%x: tensor<1x3x6x6xf32>) -> (tensor<1x3x2x2xf32>, tensor<1x3x3x3xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.max_pool %[[X]] {kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x6x6xf32>) -> tensor<1x3x2x2xf32>
  %0 = graph.max_pool %x {ceil_mode = false, kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x6x6xf32>) -> tensor<1x3x2x2xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.max_pool %[[X]] {ceil_mode = true, kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x6x6xf32>) -> tensor<1x3x3x3xf32>
  %1 = graph.max_pool %x {ceil_mode = true, kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x6x6xf32>) -> tensor<1x3x3x3xf32>
  // CHECK:       return %[[R0]], %[[R1]] : tensor<1x3x2x2xf32>, tensor<1x3x3x3xf32>
  return %0, %1 : tensor<1x3x2x2xf32>, tensor<1x3x3x3xf32>
}

// ceil_mode: ceil((5 + 2 - 2) / 2) + 1 = 4, but the 4th window would start
// at 6 >= 5, inside the end padding, so it is dropped: 3.
// CHECK-LABEL: func.func @max_pool_ceil_mode_drop(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
func.func @max_pool_ceil_mode_drop(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.max_pool %[[X]] {ceil_mode = true, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
  %0 = graph.max_pool %x {ceil_mode = true, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
  // CHECK:       return %[[R0]] : tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// Dilated window 2 * (3 - 1) + 1 = 5: 10 - 5 + 1 = 6.
// CHECK-LABEL: func.func @max_pool_dilations(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x10x10xf32>) -> tensor<1x3x6x6xf32>
func.func @max_pool_dilations(%x: tensor<1x3x10x10xf32>) -> tensor<1x3x6x6xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.max_pool %[[X]] {dilations = array<i64: 2, 2>, kernel_shape = array<i64: 3, 3>} : (tensor<1x3x10x10xf32>) -> tensor<1x3x6x6xf32>
  %0 = graph.max_pool %x {dilations = array<i64: 2, 2>, kernel_shape = array<i64: 3, 3>} : (tensor<1x3x10x10xf32>) -> tensor<1x3x6x6xf32>
  // CHECK:       return %[[R0]] : tensor<1x3x6x6xf32>
  return %0 : tensor<1x3x6x6xf32>
}

// NOTSET: floor((7 - 3) / 2) + 1 = 3; SAME_UPPER: ceil(7 / 2) = 4;
// SAME_LOWER: ceil(8 / 2) = 4 (with ceil(7 / 2) = 4); VALID: ceil((7 - 3 + 1) / 2) = 3.
// CHECK-LABEL: func.func @max_pool_auto_pad(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x7x7xf32>, %[[Y:[^:]*]]: tensor<1x3x8x7xf32>) -> (tensor<1x3x3x3xf32>, tensor<1x3x4x4xf32>, tensor<1x3x4x4xf32>, tensor<1x3x3x3xf32>)
func.func @max_pool_auto_pad(%x: tensor<1x3x7x7xf32>, %y: tensor<1x3x8x7xf32>) -> (tensor<1x3x3x3xf32>, tensor<1x3x4x4xf32>, tensor<1x3x4x4xf32>, tensor<1x3x3x3xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.max_pool %[[X]] {kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>) -> tensor<1x3x3x3xf32>
  %0 = graph.max_pool %x {auto_pad = "NOTSET", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>) -> tensor<1x3x3x3xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.max_pool %[[X]] {auto_pad = "SAME_UPPER", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>) -> tensor<1x3x4x4xf32>
  %1 = graph.max_pool %x {auto_pad = "SAME_UPPER", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>) -> tensor<1x3x4x4xf32>
  // CHECK:       %[[R2:[^ ]+]] = graph.max_pool %[[Y]] {auto_pad = "SAME_LOWER", kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x3x8x7xf32>) -> tensor<1x3x4x4xf32>
  %2 = graph.max_pool %y {auto_pad = "SAME_LOWER", kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x3x8x7xf32>) -> tensor<1x3x4x4xf32>
  // CHECK:       %[[R3:[^ ]+]] = graph.max_pool %[[X]] {auto_pad = "VALID", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>) -> tensor<1x3x3x3xf32>
  %3 = graph.max_pool %x {auto_pad = "VALID", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>) -> tensor<1x3x3x3xf32>
  // CHECK:       return %[[R0]], %[[R1]], %[[R2]], %[[R3]] : tensor<1x3x3x3xf32>, tensor<1x3x4x4xf32>, tensor<1x3x4x4xf32>, tensor<1x3x3x3xf32>
  return %0, %1, %2, %3 : tensor<1x3x3x3xf32>, tensor<1x3x4x4xf32>, tensor<1x3x4x4xf32>, tensor<1x3x3x3xf32>
}

// 1-D: floor((10 - 3) / 2) + 1 = 4; 3-D: 8 / 2 = 4.
// CHECK-LABEL: func.func @max_pool_1d_3d(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x4x10xf32>, %[[Y:[^:]*]]: tensor<1x2x8x8x8xf32>) -> (tensor<1x4x4xf32>, tensor<1x2x4x4x4xf32>)
func.func @max_pool_1d_3d(%x: tensor<1x4x10xf32>, %y: tensor<1x2x8x8x8xf32>) -> (tensor<1x4x4xf32>, tensor<1x2x4x4x4xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.max_pool %[[X]] {kernel_shape = array<i64: 3>, strides = array<i64: 2>} : (tensor<1x4x10xf32>) -> tensor<1x4x4xf32>
  %0 = graph.max_pool %x {kernel_shape = array<i64: 3>, strides = array<i64: 2>} : (tensor<1x4x10xf32>) -> tensor<1x4x4xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.max_pool %[[Y]] {kernel_shape = array<i64: 2, 2, 2>, strides = array<i64: 2, 2, 2>} : (tensor<1x2x8x8x8xf32>) -> tensor<1x2x4x4x4xf32>
  %1 = graph.max_pool %y {kernel_shape = array<i64: 2, 2, 2>, strides = array<i64: 2, 2, 2>} : (tensor<1x2x8x8x8xf32>) -> tensor<1x2x4x4x4xf32>
  // CHECK:       return %[[R0]], %[[R1]] : tensor<1x4x4xf32>, tensor<1x2x4x4x4xf32>
  return %0, %1 : tensor<1x4x4xf32>, tensor<1x2x4x4x4xf32>
}

// CHECK-LABEL: func.func @max_pool_dynamic(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<?x3x?x8xf32>) -> tensor<?x3x?x4xf32>
func.func @max_pool_dynamic(%x: tensor<?x3x?x8xf32>) -> tensor<?x3x?x4xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.max_pool %[[X]] {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<?x3x?x8xf32>) -> tensor<?x3x?x4xf32>
  %0 = graph.max_pool %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<?x3x?x8xf32>) -> tensor<?x3x?x4xf32>
  // CHECK:       return %[[R0]] : tensor<?x3x?x4xf32>
  return %0 : tensor<?x3x?x4xf32>
}

// CHECK-LABEL: func.func @average_pool(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x8x4x4xf32>) -> tensor<1x8x2x2xf32>
func.func @average_pool(%x: tensor<1x8x4x4xf32>) -> tensor<1x8x2x2xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.average_pool %[[X]] {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x8x4x4xf32>) -> tensor<1x8x2x2xf32>
  %0 = graph.average_pool %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x8x4x4xf32>) -> tensor<1x8x2x2xf32>
  // CHECK:       return %[[R0]] : tensor<1x8x2x2xf32>
  return %0 : tensor<1x8x2x2xf32>
}

// 5 + 1 + 1 - 3 + 1 = 5.
// CHECK-LABEL: func.func @average_pool_count_include_pad(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x8x5x5xf32>) -> (tensor<1x8x5x5xf32>, tensor<1x8x5x5xf32>)
func.func @average_pool_count_include_pad(%x: tensor<1x8x5x5xf32>) -> (tensor<1x8x5x5xf32>, tensor<1x8x5x5xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.average_pool %[[X]] {count_include_pad = true, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x8x5x5xf32>) -> tensor<1x8x5x5xf32>
  %0 = graph.average_pool %x {count_include_pad = true, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x8x5x5xf32>) -> tensor<1x8x5x5xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.average_pool %[[X]] {kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x8x5x5xf32>) -> tensor<1x8x5x5xf32>
  %1 = graph.average_pool %x {count_include_pad = false, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x8x5x5xf32>) -> tensor<1x8x5x5xf32>
  // CHECK:       return %[[R0]], %[[R1]] : tensor<1x8x5x5xf32>, tensor<1x8x5x5xf32>
  return %0, %1 : tensor<1x8x5x5xf32>, tensor<1x8x5x5xf32>
}

// floor((5 - 2) / 2) + 1 = 2; with ceil_mode ceil(3 / 2) + 1 = 3 (the last
// window starts at 4 < 5).
// CHECK-LABEL: func.func @average_pool_ceil_mode(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x8x5x5xf32>) -> tensor<1x8x3x3xf32>
func.func @average_pool_ceil_mode(%x: tensor<1x8x5x5xf32>) -> tensor<1x8x3x3xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.average_pool %[[X]] {ceil_mode = true, kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x8x5x5xf32>) -> tensor<1x8x3x3xf32>
  %0 = graph.average_pool %x {ceil_mode = true, kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x8x5x5xf32>) -> tensor<1x8x3x3xf32>
  // CHECK:       return %[[R0]] : tensor<1x8x3x3xf32>
  return %0 : tensor<1x8x3x3xf32>
}

// Dilated window 3 * (2 - 1) + 1 = 4: 7 - 4 + 1 = 4.
// CHECK-LABEL: func.func @average_pool_dilations(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x8x7x7xf32>) -> tensor<1x8x4x4xf32>
func.func @average_pool_dilations(%x: tensor<1x8x7x7xf32>) -> tensor<1x8x4x4xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.average_pool %[[X]] {dilations = array<i64: 3, 3>, kernel_shape = array<i64: 2, 2>} : (tensor<1x8x7x7xf32>) -> tensor<1x8x4x4xf32>
  %0 = graph.average_pool %x {dilations = array<i64: 3, 3>, kernel_shape = array<i64: 2, 2>} : (tensor<1x8x7x7xf32>) -> tensor<1x8x4x4xf32>
  // CHECK:       return %[[R0]] : tensor<1x8x4x4xf32>
  return %0 : tensor<1x8x4x4xf32>
}

// SAME_*: ceil(9 / 2) = 5, ceil(9 / 3) = 3; VALID: ceil((9 - 3 + 1) / 2) = 4,
// ceil((9 - 3 + 1) / 3) = 3.
// CHECK-LABEL: func.func @average_pool_auto_pad(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x8x9x9xf32>) -> (tensor<1x8x5x3xf32>, tensor<1x8x5x3xf32>, tensor<1x8x4x3xf32>)
func.func @average_pool_auto_pad(%x: tensor<1x8x9x9xf32>) -> (tensor<1x8x5x3xf32>, tensor<1x8x5x3xf32>, tensor<1x8x4x3xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.average_pool %[[X]] {auto_pad = "SAME_UPPER", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 3>} : (tensor<1x8x9x9xf32>) -> tensor<1x8x5x3xf32>
  %0 = graph.average_pool %x {auto_pad = "SAME_UPPER", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 3>} : (tensor<1x8x9x9xf32>) -> tensor<1x8x5x3xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.average_pool %[[X]] {auto_pad = "SAME_LOWER", count_include_pad = true, kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 3>} : (tensor<1x8x9x9xf32>) -> tensor<1x8x5x3xf32>
  %1 = graph.average_pool %x {auto_pad = "SAME_LOWER", count_include_pad = true, kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 3>} : (tensor<1x8x9x9xf32>) -> tensor<1x8x5x3xf32>
  // CHECK:       %[[R2:[^ ]+]] = graph.average_pool %[[X]] {auto_pad = "VALID", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 3>} : (tensor<1x8x9x9xf32>) -> tensor<1x8x4x3xf32>
  %2 = graph.average_pool %x {auto_pad = "VALID", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 3>} : (tensor<1x8x9x9xf32>) -> tensor<1x8x4x3xf32>
  // CHECK:       return %[[R0]], %[[R1]], %[[R2]] : tensor<1x8x5x3xf32>, tensor<1x8x5x3xf32>, tensor<1x8x4x3xf32>
  return %0, %1, %2 : tensor<1x8x5x3xf32>, tensor<1x8x5x3xf32>, tensor<1x8x4x3xf32>
}

//===----------------------------------------------------------------------===//
// graph.global_average_pool, graph.global_max_pool
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @global_average_pool(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x512x7x7xf32>, %[[Y:[^:]*]]: tensor<2x4x3x5x6xf32>, %[[Z:[^:]*]]: tensor<1x4x10xf32>) -> (tensor<1x512x1x1xf32>, tensor<2x4x1x1x1xf32>, tensor<1x4x1xf32>)
func.func @global_average_pool(%x: tensor<1x512x7x7xf32>, %y: tensor<2x4x3x5x6xf32>, %z: tensor<1x4x10xf32>) -> (tensor<1x512x1x1xf32>, tensor<2x4x1x1x1xf32>, tensor<1x4x1xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.global_average_pool %[[X]] : (tensor<1x512x7x7xf32>) -> tensor<1x512x1x1xf32>
  %0 = graph.global_average_pool %x : (tensor<1x512x7x7xf32>) -> tensor<1x512x1x1xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.global_average_pool %[[Y]] : (tensor<2x4x3x5x6xf32>) -> tensor<2x4x1x1x1xf32>
  %1 = graph.global_average_pool %y : (tensor<2x4x3x5x6xf32>) -> tensor<2x4x1x1x1xf32>
  // CHECK:       %[[R2:[^ ]+]] = graph.global_average_pool %[[Z]] : (tensor<1x4x10xf32>) -> tensor<1x4x1xf32>
  %2 = graph.global_average_pool %z : (tensor<1x4x10xf32>) -> tensor<1x4x1xf32>
  // CHECK:       return %[[R0]], %[[R1]], %[[R2]] : tensor<1x512x1x1xf32>, tensor<2x4x1x1x1xf32>, tensor<1x4x1xf32>
  return %0, %1, %2 : tensor<1x512x1x1xf32>, tensor<2x4x1x1x1xf32>, tensor<1x4x1xf32>
}

// CHECK-LABEL: func.func @global_max_pool(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x512x7x7xf32>, %[[Y:[^:]*]]: tensor<?x16x?x?xf16>) -> (tensor<1x512x1x1xf32>, tensor<?x16x1x1xf16>)
func.func @global_max_pool(%x: tensor<1x512x7x7xf32>, %y: tensor<?x16x?x?xf16>) -> (tensor<1x512x1x1xf32>, tensor<?x16x1x1xf16>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.global_max_pool %[[X]] : (tensor<1x512x7x7xf32>) -> tensor<1x512x1x1xf32>
  %0 = graph.global_max_pool %x : (tensor<1x512x7x7xf32>) -> tensor<1x512x1x1xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.global_max_pool %[[Y]] : (tensor<?x16x?x?xf16>) -> tensor<?x16x1x1xf16>
  %1 = graph.global_max_pool %y : (tensor<?x16x?x?xf16>) -> tensor<?x16x1x1xf16>
  // CHECK:       return %[[R0]], %[[R1]] : tensor<1x512x1x1xf32>, tensor<?x16x1x1xf16>
  return %0, %1 : tensor<1x512x1x1xf32>, tensor<?x16x1x1xf16>
}

// CHECK-LABEL: func.func @global_average_pool_dynamic(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<?x16x?x?xf32>) -> tensor<?x16x1x1xf32>
func.func @global_average_pool_dynamic(%x: tensor<?x16x?x?xf32>) -> tensor<?x16x1x1xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.global_average_pool %[[X]] : (tensor<?x16x?x?xf32>) -> tensor<?x16x1x1xf32>
  %0 = graph.global_average_pool %x : (tensor<?x16x?x?xf32>) -> tensor<?x16x1x1xf32>
  // CHECK:       return %[[R0]] : tensor<?x16x1x1xf32>
  return %0 : tensor<?x16x1x1xf32>
}

//===----------------------------------------------------------------------===//
// graph.batch_normalization
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @batch_normalization(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x64x56x56xf32>, %[[S:[^:]*]]: tensor<64xf32>, %[[B:[^:]*]]: tensor<64xf32>, %[[M:[^:]*]]: tensor<64xf32>, %[[V:[^:]*]]: tensor<64xf32>) -> tensor<1x64x56x56xf32>
func.func @batch_normalization(%x: tensor<1x64x56x56xf32>, %s: tensor<64xf32>, %b: tensor<64xf32>, %m: tensor<64xf32>, %v: tensor<64xf32>) -> tensor<1x64x56x56xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.batch_normalization %[[X]], %[[S]], %[[B]], %[[M]], %[[V]] : (tensor<1x64x56x56xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<1x64x56x56xf32>
  %0 = graph.batch_normalization %x, %s, %b, %m, %v : (tensor<1x64x56x56xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<1x64x56x56xf32>
  // CHECK:       return %[[R0]] : tensor<1x64x56x56xf32>
  return %0 : tensor<1x64x56x56xf32>
}

// CHECK-LABEL: func.func @batch_normalization_attrs(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<8x16xf32>, %[[S:[^:]*]]: tensor<16xf32>, %[[B:[^:]*]]: tensor<16xf32>, %[[M:[^:]*]]: tensor<16xf32>, %[[V:[^:]*]]: tensor<16xf32>) -> tensor<8x16xf32>
func.func @batch_normalization_attrs(%x: tensor<8x16xf32>, %s: tensor<16xf32>, %b: tensor<16xf32>, %m: tensor<16xf32>, %v: tensor<16xf32>) -> tensor<8x16xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.batch_normalization %[[X]], %[[S]], %[[B]], %[[M]], %[[V]] {epsilon = 1.000000e-03 : f32, momentum = 9.900000e-01 : f32} : (tensor<8x16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<8x16xf32>
  %0 = graph.batch_normalization %x, %s, %b, %m, %v {epsilon = 1.000000e-03 : f32, momentum = 9.900000e-01 : f32} : (tensor<8x16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<8x16xf32>
  // CHECK:       return %[[R0]] : tensor<8x16xf32>
  return %0 : tensor<8x16xf32>
}

// Dynamic channels in X or in the parameters are accepted.
// CHECK-LABEL: func.func @batch_normalization_dynamic(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<?x?x4x4xf16>, %[[S:[^:]*]]: tensor<8xf16>, %[[B:[^:]*]]: tensor<?xf16>, %[[M:[^:]*]]: tensor<8xf16>, %[[V:[^:]*]]: tensor<8xf16>) -> tensor<?x?x4x4xf16>
func.func @batch_normalization_dynamic(%x: tensor<?x?x4x4xf16>, %s: tensor<8xf16>, %b: tensor<?xf16>, %m: tensor<8xf16>, %v: tensor<8xf16>) -> tensor<?x?x4x4xf16> {
  // CHECK:       %[[R0:[^ ]+]] = graph.batch_normalization %[[X]], %[[S]], %[[B]], %[[M]], %[[V]] : (tensor<?x?x4x4xf16>, tensor<8xf16>, tensor<?xf16>, tensor<8xf16>, tensor<8xf16>) -> tensor<?x?x4x4xf16>
  %0 = graph.batch_normalization %x, %s, %b, %m, %v : (tensor<?x?x4x4xf16>, tensor<8xf16>, tensor<?xf16>, tensor<8xf16>, tensor<8xf16>) -> tensor<?x?x4x4xf16>
  // CHECK:       return %[[R0]] : tensor<?x?x4x4xf16>
  return %0 : tensor<?x?x4x4xf16>
}

//===----------------------------------------------------------------------===//
// graph.layer_normalization
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @layer_normalization(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x128x768xf32>, %[[G:[^:]*]]: tensor<768xf32>, %[[B:[^:]*]]: tensor<768xf32>) -> tensor<1x128x768xf32>
func.func @layer_normalization(%x: tensor<1x128x768xf32>, %g: tensor<768xf32>, %b: tensor<768xf32>) -> tensor<1x128x768xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.layer_normalization %[[X]], %[[G]], %[[B]] {epsilon = 9.99999996E-13 : f32} : (tensor<1x128x768xf32>, tensor<768xf32>, tensor<768xf32>) -> tensor<1x128x768xf32>
  %0 = graph.layer_normalization %x, %g, %b {epsilon = 9.99999996E-13 : f32} : (tensor<1x128x768xf32>, tensor<768xf32>, tensor<768xf32>) -> tensor<1x128x768xf32>
  // CHECK:       return %[[R0]] : tensor<1x128x768xf32>
  return %0 : tensor<1x128x768xf32>
}

// CHECK-LABEL: func.func @layer_normalization_no_bias(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x128x768xf32>, %[[G:[^:]*]]: tensor<768xf32>) -> tensor<1x128x768xf32>
func.func @layer_normalization_no_bias(%x: tensor<1x128x768xf32>, %g: tensor<768xf32>) -> tensor<1x128x768xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.layer_normalization %[[X]], %[[G]] {axis = 2 : i64} : (tensor<1x128x768xf32>, tensor<768xf32>) -> tensor<1x128x768xf32>
  %0 = graph.layer_normalization %x, %g {axis = 2 : i64} : (tensor<1x128x768xf32>, tensor<768xf32>) -> tensor<1x128x768xf32>
  // CHECK:       return %[[R0]] : tensor<1x128x768xf32>
  return %0 : tensor<1x128x768xf32>
}

// axis 1 normalizes 128x768; scale and B broadcast to it.
// CHECK-LABEL: func.func @layer_normalization_axis1(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x128x768xf32>, %[[G:[^:]*]]: tensor<128x768xf32>, %[[B:[^:]*]]: tensor<768xf32>) -> tensor<1x128x768xf32>
func.func @layer_normalization_axis1(%x: tensor<1x128x768xf32>, %g: tensor<128x768xf32>, %b: tensor<768xf32>) -> tensor<1x128x768xf32> {
  // CHECK:       %[[R0:[^ ]+]] = graph.layer_normalization %[[X]], %[[G]], %[[B]] {axis = 1 : i64} : (tensor<1x128x768xf32>, tensor<128x768xf32>, tensor<768xf32>) -> tensor<1x128x768xf32>
  %0 = graph.layer_normalization %x, %g, %b {axis = 1 : i64} : (tensor<1x128x768xf32>, tensor<128x768xf32>, tensor<768xf32>) -> tensor<1x128x768xf32>
  // CHECK:       return %[[R0]] : tensor<1x128x768xf32>
  return %0 : tensor<1x128x768xf32>
}

// axis -2 is axis 1; axis 0 normalizes everything.
// CHECK-LABEL: func.func @layer_normalization_axes(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x4x8xf32>, %[[G1:[^:]*]]: tensor<1x8xf32>, %[[G0:[^:]*]]: tensor<2x4x8xf32>, %[[B0:[^:]*]]: tensor<f32>) -> (tensor<2x4x8xf32>, tensor<2x4x8xf32>)
func.func @layer_normalization_axes(%x: tensor<2x4x8xf32>, %g1: tensor<1x8xf32>, %g0: tensor<2x4x8xf32>, %b0: tensor<f32>) -> (tensor<2x4x8xf32>, tensor<2x4x8xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.layer_normalization %[[X]], %[[G1]] {axis = -2 : i64} : (tensor<2x4x8xf32>, tensor<1x8xf32>) -> tensor<2x4x8xf32>
  %0 = graph.layer_normalization %x, %g1 {axis = -2 : i64} : (tensor<2x4x8xf32>, tensor<1x8xf32>) -> tensor<2x4x8xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.layer_normalization %[[X]], %[[G0]], %[[B0]] {axis = 0 : i64} : (tensor<2x4x8xf32>, tensor<2x4x8xf32>, tensor<f32>) -> tensor<2x4x8xf32>
  %1 = graph.layer_normalization %x, %g0, %b0 {axis = 0 : i64} : (tensor<2x4x8xf32>, tensor<2x4x8xf32>, tensor<f32>) -> tensor<2x4x8xf32>
  // CHECK:       return %[[R0]], %[[R1]] : tensor<2x4x8xf32>, tensor<2x4x8xf32>
  return %0, %1 : tensor<2x4x8xf32>, tensor<2x4x8xf32>
}

// CHECK-LABEL: func.func @layer_normalization_dynamic(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<?x?x768xf16>, %[[G:[^:]*]]: tensor<768xf16>) -> tensor<?x?x768xf16>
func.func @layer_normalization_dynamic(%x: tensor<?x?x768xf16>, %g: tensor<768xf16>) -> tensor<?x?x768xf16> {
  // CHECK:       %[[R0:[^ ]+]] = graph.layer_normalization %[[X]], %[[G]] : (tensor<?x?x768xf16>, tensor<768xf16>) -> tensor<?x?x768xf16>
  %0 = graph.layer_normalization %x, %g : (tensor<?x?x768xf16>, tensor<768xf16>) -> tensor<?x?x768xf16>
  // CHECK:       return %[[R0]] : tensor<?x?x768xf16>
  return %0 : tensor<?x?x768xf16>
}

//===----------------------------------------------------------------------===//
// graph.softmax
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @softmax(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x3x10xf32>) -> (tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>)
func.func @softmax(%x: tensor<2x3x10xf32>) -> (tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.softmax %[[X]] : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  %0 = graph.softmax %x : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.softmax %[[X]] : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  %1 = graph.softmax %x {axis = -1 : i64} : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  // CHECK:       %[[R2:[^ ]+]] = graph.softmax %[[X]] {axis = 0 : i64} : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  %2 = graph.softmax %x {axis = 0 : i64} : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  // CHECK:       %[[R3:[^ ]+]] = graph.softmax %[[X]] {axis = 1 : i64} : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  %3 = graph.softmax %x {axis = 1 : i64} : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  // CHECK:       %[[R4:[^ ]+]] = graph.softmax %[[X]] {axis = -3 : i64} : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  %4 = graph.softmax %x {axis = -3 : i64} : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  // CHECK:       return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]] : tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>
  return %0, %1, %2, %3, %4 : tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>
}

// CHECK-LABEL: func.func @softmax_1d_dynamic(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<?xf16>) -> tensor<?xf16>
func.func @softmax_1d_dynamic(%x: tensor<?xf16>) -> tensor<?xf16> {
  // CHECK:       %[[R0:[^ ]+]] = graph.softmax %[[X]] {axis = 0 : i64} : (tensor<?xf16>) -> tensor<?xf16>
  %0 = graph.softmax %x {axis = 0 : i64} : (tensor<?xf16>) -> tensor<?xf16>
  // CHECK:       return %[[R0]] : tensor<?xf16>
  return %0 : tensor<?xf16>
}

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @reduce_sum_keepdims(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x3x4xf32>) -> (tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2x4xf32>)
func.func @reduce_sum_keepdims(%x: tensor<2x3x4xf32>) -> (tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2x4xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.reduce_sum %[[X]] {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %0 = graph.reduce_sum %x {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.reduce_sum %[[X]] {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %1 = graph.reduce_sum %x {axes = array<i64: 1>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  // CHECK:       %[[R2:[^ ]+]] = graph.reduce_sum %[[X]] {axes = array<i64: 1>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  %2 = graph.reduce_sum %x {axes = array<i64: 1>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  // CHECK:       return %[[R0]], %[[R1]], %[[R2]] : tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2x4xf32>
  return %0, %1, %2 : tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2x4xf32>
}

// No axes (or an empty list) reduces every dim.
// CHECK-LABEL: func.func @reduce_mean_all(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x3x4xf32>) -> (tensor<1x1x1xf32>, tensor<f32>, tensor<1x1x1xf32>)
func.func @reduce_mean_all(%x: tensor<2x3x4xf32>) -> (tensor<1x1x1xf32>, tensor<f32>, tensor<1x1x1xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.reduce_mean %[[X]] : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  %0 = graph.reduce_mean %x : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.reduce_mean %[[X]] {keepdims = false} : (tensor<2x3x4xf32>) -> tensor<f32>
  %1 = graph.reduce_mean %x {keepdims = false} : (tensor<2x3x4xf32>) -> tensor<f32>
  // CHECK:       %[[R2:[^ ]+]] = graph.reduce_mean %[[X]] {axes = array<i64>} : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  %2 = graph.reduce_mean %x {axes = array<i64>} : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  // CHECK:       return %[[R0]], %[[R1]], %[[R2]] : tensor<1x1x1xf32>, tensor<f32>, tensor<1x1x1xf32>
  return %0, %1, %2 : tensor<1x1x1xf32>, tensor<f32>, tensor<1x1x1xf32>
}

// Negative axes count from the back: -1 is 2, -3 is 0.
// CHECK-LABEL: func.func @reduce_max_negative_axes(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x3x4xf32>) -> (tensor<2x3xf32>, tensor<3xf32>, tensor<1x3x1xf32>)
func.func @reduce_max_negative_axes(%x: tensor<2x3x4xf32>) -> (tensor<2x3xf32>, tensor<3xf32>, tensor<1x3x1xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.reduce_max %[[X]] {axes = array<i64: -1>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<2x3xf32>
  %0 = graph.reduce_max %x {axes = array<i64: -1>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<2x3xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.reduce_max %[[X]] {axes = array<i64: -3, -1>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %1 = graph.reduce_max %x {axes = array<i64: -3, -1>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  // CHECK:       %[[R2:[^ ]+]] = graph.reduce_max %[[X]] {axes = array<i64: 2, -3>} : (tensor<2x3x4xf32>) -> tensor<1x3x1xf32>
  %2 = graph.reduce_max %x {axes = array<i64: 2, -3>} : (tensor<2x3x4xf32>) -> tensor<1x3x1xf32>
  // CHECK:       return %[[R0]], %[[R1]], %[[R2]] : tensor<2x3xf32>, tensor<3xf32>, tensor<1x3x1xf32>
  return %0, %1, %2 : tensor<2x3xf32>, tensor<3xf32>, tensor<1x3x1xf32>
}

// CHECK-LABEL: func.func @reduce_min_axes(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x3x4xf32>) -> (tensor<1x3x1xf32>, tensor<3xf32>)
func.func @reduce_min_axes(%x: tensor<2x3x4xf32>) -> (tensor<1x3x1xf32>, tensor<3xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.reduce_min %[[X]] {axes = array<i64: 0, 2>} : (tensor<2x3x4xf32>) -> tensor<1x3x1xf32>
  %0 = graph.reduce_min %x {axes = array<i64: 0, 2>} : (tensor<2x3x4xf32>) -> tensor<1x3x1xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.reduce_min %[[X]] {axes = array<i64: 0, 2>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %1 = graph.reduce_min %x {axes = array<i64: 0, 2>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  // CHECK:       return %[[R0]], %[[R1]] : tensor<1x3x1xf32>, tensor<3xf32>
  return %0, %1 : tensor<1x3x1xf32>, tensor<3xf32>
}

// noop_with_empty_axes makes an axis-less reduction the identity; with axes
// it has no effect.
// CHECK-LABEL: func.func @reduce_noop_with_empty_axes(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x1x4xf32>, tensor<1x1x1xf32>)
func.func @reduce_noop_with_empty_axes(%x: tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x1x4xf32>, tensor<1x1x1xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.reduce_sum %[[X]] {noop_with_empty_axes = true} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %0 = graph.reduce_sum %x {noop_with_empty_axes = true} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.reduce_mean %[[X]] {axes = array<i64>, keepdims = false, noop_with_empty_axes = true} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %1 = graph.reduce_mean %x {axes = array<i64>, keepdims = false, noop_with_empty_axes = true} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  // CHECK:       %[[R2:[^ ]+]] = graph.reduce_max %[[X]] {axes = array<i64: 1>, noop_with_empty_axes = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %2 = graph.reduce_max %x {axes = array<i64: 1>, noop_with_empty_axes = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  // CHECK:       %[[R3:[^ ]+]] = graph.reduce_min %[[X]] : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  %3 = graph.reduce_min %x {noop_with_empty_axes = false} : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  // CHECK:       return %[[R0]], %[[R1]], %[[R2]], %[[R3]] : tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x1x4xf32>, tensor<1x1x1xf32>
  return %0, %1, %2, %3 : tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x1x4xf32>, tensor<1x1x1xf32>
}

// CHECK-LABEL: func.func @reduce_dynamic(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<?x3x?xf32>) -> (tensor<1x3x?xf32>, tensor<?x1x?xf32>, tensor<?xf32>)
func.func @reduce_dynamic(%x: tensor<?x3x?xf32>) -> (tensor<1x3x?xf32>, tensor<?x1x?xf32>, tensor<?xf32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.reduce_sum %[[X]] {axes = array<i64: 0>} : (tensor<?x3x?xf32>) -> tensor<1x3x?xf32>
  %0 = graph.reduce_sum %x {axes = array<i64: 0>} : (tensor<?x3x?xf32>) -> tensor<1x3x?xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.reduce_mean %[[X]] {axes = array<i64: 1>} : (tensor<?x3x?xf32>) -> tensor<?x1x?xf32>
  %1 = graph.reduce_mean %x {axes = array<i64: 1>} : (tensor<?x3x?xf32>) -> tensor<?x1x?xf32>
  // CHECK:       %[[R2:[^ ]+]] = graph.reduce_max %[[X]] {axes = array<i64: 0, 1>, keepdims = false} : (tensor<?x3x?xf32>) -> tensor<?xf32>
  %2 = graph.reduce_max %x {axes = array<i64: 0, 1>, keepdims = false} : (tensor<?x3x?xf32>) -> tensor<?xf32>
  // CHECK:       return %[[R0]], %[[R1]], %[[R2]] : tensor<1x3x?xf32>, tensor<?x1x?xf32>, tensor<?xf32>
  return %0, %1, %2 : tensor<1x3x?xf32>, tensor<?x1x?xf32>, tensor<?xf32>
}

// Integer data, and a rank-0 input.
// CHECK-LABEL: func.func @reduce_int_and_scalar(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<4x5xi32>, %[[Y:[^:]*]]: tensor<4x5xi64>, %[[S:[^:]*]]: tensor<f32>) -> (tensor<4x1xi32>, tensor<5xi64>, tensor<f32>)
func.func @reduce_int_and_scalar(%x: tensor<4x5xi32>, %y: tensor<4x5xi64>, %s: tensor<f32>) -> (tensor<4x1xi32>, tensor<5xi64>, tensor<f32>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.reduce_sum %[[X]] {axes = array<i64: 1>} : (tensor<4x5xi32>) -> tensor<4x1xi32>
  %0 = graph.reduce_sum %x {axes = array<i64: 1>} : (tensor<4x5xi32>) -> tensor<4x1xi32>
  // CHECK:       %[[R1:[^ ]+]] = graph.reduce_min %[[Y]] {axes = array<i64: 0>, keepdims = false} : (tensor<4x5xi64>) -> tensor<5xi64>
  %1 = graph.reduce_min %y {axes = array<i64: 0>, keepdims = false} : (tensor<4x5xi64>) -> tensor<5xi64>
  // CHECK:       %[[R2:[^ ]+]] = graph.reduce_sum %[[S]] : (tensor<f32>) -> tensor<f32>
  %2 = graph.reduce_sum %s : (tensor<f32>) -> tensor<f32>
  // CHECK:       return %[[R0]], %[[R1]], %[[R2]] : tensor<4x1xi32>, tensor<5xi64>, tensor<f32>
  return %0, %1, %2 : tensor<4x1xi32>, tensor<5xi64>, tensor<f32>
}

//===----------------------------------------------------------------------===//
// graph.instance_normalization
//===----------------------------------------------------------------------===//

// The default epsilon (1e-5) is elided; a dynamic batch and spatial dim stay.
// CHECK-LABEL: func.func @instance_normalization(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x3x4x5xf32>, %[[S:[^:]*]]: tensor<3xf32>, %[[B:[^:]*]]: tensor<3xf32>, %[[D:[^:]*]]: tensor<?x3x?xf16>, %[[H:[^:]*]]: tensor<3xf16>
func.func @instance_normalization(%x: tensor<2x3x4x5xf32>, %s: tensor<3xf32>, %b: tensor<3xf32>,
                                  %d: tensor<?x3x?xf16>, %h: tensor<3xf16>)
    -> (tensor<2x3x4x5xf32>, tensor<2x3x4x5xf32>, tensor<?x3x?xf16>) {
  // CHECK:       %[[R0:[^ ]+]] = graph.instance_normalization %[[X]], %[[S]], %[[B]] : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  %0 = graph.instance_normalization %x, %s, %b {epsilon = 1.0e-5 : f32} : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  // CHECK:       %[[R1:[^ ]+]] = graph.instance_normalization %[[X]], %[[S]], %[[B]] {epsilon = 0.00999999977 : f32} : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  %1 = graph.instance_normalization %x, %s, %b {epsilon = 1.0e-2 : f32} : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  // CHECK:       %[[R2:[^ ]+]] = graph.instance_normalization %[[D]], %[[H]], %[[H]] : (tensor<?x3x?xf16>, tensor<3xf16>, tensor<3xf16>) -> tensor<?x3x?xf16>
  %2 = graph.instance_normalization %d, %h, %h : (tensor<?x3x?xf16>, tensor<3xf16>, tensor<3xf16>) -> tensor<?x3x?xf16>
  // CHECK:       return %[[R0]], %[[R1]], %[[R2]]
  return %0, %1, %2 : tensor<2x3x4x5xf32>, tensor<2x3x4x5xf32>, tensor<?x3x?xf16>
}
