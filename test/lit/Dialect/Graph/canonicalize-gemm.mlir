// RUN: dlc-opt %s -canonicalize -split-input-file | FileCheck %s

// A Gemm with transB and constant weights gets the weights transposed at
// compile time: [[1, 2, 3], [4, 5, 6]] (2x3) becomes [[1, 4], [2, 5], [3, 6]].
// CHECK-LABEL: func.func @pretranspose
//       CHECK:   %[[W:.*]] = graph.constant dense<{{\[}}[1.000000e+00, 4.000000e+00], [2.000000e+00, 5.000000e+00], [3.000000e+00, 6.000000e+00]]> : tensor<3x2xf32>
//       CHECK:   graph.gemm %{{.*}}, %[[W]] : (tensor<4x3xf32>, tensor<3x2xf32>) -> tensor<4x2xf32>
//   CHECK-NOT:   transB
func.func @pretranspose(%a: tensor<4x3xf32>) -> tensor<4x2xf32> {
  %w = graph.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %0 = graph.gemm %a, %w {transB = true} : (tensor<4x3xf32>, tensor<2x3xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// -----

// Weights that are not constants are left alone.
// CHECK-LABEL: func.func @runtime_weights
//       CHECK:   graph.gemm %{{.*}}, %{{.*}} {transB = true}
func.func @runtime_weights(%a: tensor<4x3xf32>, %w: tensor<2x3xf32>) -> tensor<4x2xf32> {
  %0 = graph.gemm %a, %w {transB = true} : (tensor<4x3xf32>, tensor<2x3xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// -----

// Dense resources (large weights) are transposed byte for byte: the blob
// holds 1.0 ... 6.0 (little-endian 0x3F800000 = 1.0) as a 2x3 f32 tensor
// after its 4-byte alignment header; the new blob holds 1, 4, 2, 5, 3, 6.
// CHECK-LABEL: func.func @resource
//       CHECK:   %[[W:.*]] = graph.constant dense_resource<[[BLOB:.*]]> : tensor<3x2xf32>
//       CHECK:   graph.gemm %{{.*}}, %[[W]] : (tensor<4x3xf32>, tensor<3x2xf32>) -> tensor<4x2xf32>
//       CHECK:   [[BLOB]]: "0x{{[0-9A-F]+}}0000803F00008040000000400000A040000040400000C040"
func.func @resource(%a: tensor<4x3xf32>) -> tensor<4x2xf32> {
  %w = graph.constant dense_resource<w> : tensor<2x3xf32>
  %0 = graph.gemm %a, %w {transB = true} : (tensor<4x3xf32>, tensor<2x3xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

{-#
  dialect_resources: {
    builtin: {
      w: "0x040000000000803F0000004000004040000080400000A0400000C040"
    }
  }
#-}
