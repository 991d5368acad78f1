// RUN: dlc-opt %s -canonicalize -split-input-file | FileCheck %s

// A BatchNormalization of a conv's result, all parameters constant, folds
// into the conv. Per channel s = scale / sqrt(var + epsilon): channel 0
// 3 / sqrt(3 + 1) = 1.5, channel 1 1 / sqrt(0 + 1) = 1. Filter 2, 4 ->
// 3, 4; bias (B - mean) * s + b: (1 - 0.5) * 1.5 + 10 = 10.75 and
// (1 - 2) * 1 + 20 = 19.
// CHECK-LABEL: func.func @with_bias
//   CHECK-DAG:   %[[B:.*]] = graph.constant dense<[1.075000e+01, 1.900000e+01]> : tensor<2xf32>
//   CHECK-DAG:   %[[W:.*]] = graph.constant dense<{{\[}}[{{\[}}[3.000000e+00]]], [{{\[}}[4.000000e+00]]]]> : tensor<2x1x1x1xf32>
//       CHECK:   %[[C:.*]] = graph.conv %{{.*}}, %[[W]], %[[B]] {strides = array<i64: 2, 2>}
//  CHECK-NEXT:   return %[[C]]
func.func @with_bias(%x: tensor<1x1x4x4xf32>) -> tensor<1x2x2x2xf32> {
  %w = graph.constant dense<[[[[2.0]]], [[[4.0]]]]> : tensor<2x1x1x1xf32>
  %b = graph.constant dense<1.0> : tensor<2xf32>
  %scale = graph.constant dense<[3.0, 1.0]> : tensor<2xf32>
  %shift = graph.constant dense<[10.0, 20.0]> : tensor<2xf32>
  %mean = graph.constant dense<[0.5, 2.0]> : tensor<2xf32>
  %var = graph.constant dense<[3.0, 0.0]> : tensor<2xf32>
  %c = graph.conv %x, %w, %b {strides = array<i64: 2, 2>} : (tensor<1x1x4x4xf32>, tensor<2x1x1x1xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  %n = graph.batch_normalization %c, %scale, %shift, %mean, %var {epsilon = 1.0 : f32} : (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  return %n : tensor<1x2x2x2xf32>
}

// -----

// Without a bias the conv gets one: (0 - mean) * s + b = 9.25 and 18. A
// depthwise conv (group 2) scales its filter per output channel the same.
// CHECK-LABEL: func.func @depthwise_without_bias
//   CHECK-DAG:   %[[B:.*]] = graph.constant dense<[9.250000e+00, 1.800000e+01]> : tensor<2xf32>
//   CHECK-DAG:   %[[W:.*]] = graph.constant dense<{{\[}}[{{\[}}[1.500000e+00, 3.000000e+00]]], [{{\[}}[4.000000e+00, 5.000000e+00]]]]> : tensor<2x1x1x2xf32>
//       CHECK:   graph.conv %{{.*}}, %[[W]], %[[B]] {group = 2 : i64}
//   CHECK-NOT:   graph.batch_normalization
func.func @depthwise_without_bias(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x3x2xf32> {
  %w = graph.constant dense<[[[[1.0, 2.0]]], [[[4.0, 5.0]]]]> : tensor<2x1x1x2xf32>
  %scale = graph.constant dense<[3.0, 1.0]> : tensor<2xf32>
  %shift = graph.constant dense<[10.0, 20.0]> : tensor<2xf32>
  %mean = graph.constant dense<[0.5, 2.0]> : tensor<2xf32>
  %var = graph.constant dense<[3.0, 0.0]> : tensor<2xf32>
  %c = graph.conv %x, %w {group = 2 : i64} : (tensor<1x2x3x3xf32>, tensor<2x1x1x2xf32>) -> tensor<1x2x3x2xf32>
  %n = graph.batch_normalization %c, %scale, %shift, %mean, %var {epsilon = 1.0 : f32} : (tensor<1x2x3x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x3x2xf32>
  return %n : tensor<1x2x3x2xf32>
}

// -----

// Weights in a dense resource get a new resource: 2.0 and 4.0
// (0x40000000, 0x40800000) become 3.0 and 4.0 (0x40400000, 0x40800000).
// CHECK-LABEL: func.func @resource
//       CHECK:   %[[W:.*]] = graph.constant dense_resource<[[BLOB:.*]]> : tensor<2x1x1x1xf32>
//       CHECK:   graph.conv %{{.*}}, %[[W]], %{{.*}} :
//       CHECK:   [[BLOB]]: "0x{{[0-9A-F]+}}0000404000008040"
func.func @resource(%x: tensor<1x1x4x4xf32>) -> tensor<1x2x4x4xf32> {
  %w = graph.constant dense_resource<w> : tensor<2x1x1x1xf32>
  %scale = graph.constant dense<[3.0, 1.0]> : tensor<2xf32>
  %shift = graph.constant dense<[10.0, 20.0]> : tensor<2xf32>
  %mean = graph.constant dense<[0.5, 2.0]> : tensor<2xf32>
  %var = graph.constant dense<[3.0, 0.0]> : tensor<2xf32>
  %c = graph.conv %x, %w : (tensor<1x1x4x4xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x4x4xf32>
  %n = graph.batch_normalization %c, %scale, %shift, %mean, %var {epsilon = 1.0 : f32} : (tensor<1x2x4x4xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x4x4xf32>
  return %n : tensor<1x2x4x4xf32>
}

{-#
  dialect_resources: {
    builtin: {
      w: "0x040000000000004000008040"
    }
  }
#-}

// -----

// Not folded: the conv's result is used elsewhere too (it would be
// computed twice), or a parameter is not a constant.
// CHECK-LABEL: func.func @not_folded
//       CHECK:   %[[C:.*]] = graph.conv
//       CHECK:   graph.batch_normalization %[[C]]
//       CHECK:   %[[D:.*]] = graph.conv
//       CHECK:   graph.batch_normalization %[[D]]
func.func @not_folded(%x: tensor<1x1x4x4xf32>, %mean2: tensor<2xf32>) -> (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) {
  %w = graph.constant dense<[[[[2.0]]], [[[4.0]]]]> : tensor<2x1x1x1xf32>
  %scale = graph.constant dense<[3.0, 1.0]> : tensor<2xf32>
  %shift = graph.constant dense<[10.0, 20.0]> : tensor<2xf32>
  %mean = graph.constant dense<[0.5, 2.0]> : tensor<2xf32>
  %var = graph.constant dense<[3.0, 0.0]> : tensor<2xf32>
  %c = graph.conv %x, %w : (tensor<1x1x4x4xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x4x4xf32>
  %n = graph.batch_normalization %c, %scale, %shift, %mean, %var : (tensor<1x2x4x4xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x4x4xf32>
  %d = graph.conv %x, %w : (tensor<1x1x4x4xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x4x4xf32>
  %m = graph.batch_normalization %d, %scale, %shift, %mean2, %var : (tensor<1x2x4x4xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x4x4xf32>
  return %n, %c, %m : tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>
}
