// RUN: dlc-opt %s --convert-graph-to-kernel | FileCheck %s

// graph.conv_transpose is a stride-1 convolution with the spatially flipped
// weights over Z, the input with stride - 1 zeros between its elements,
// shifted by pad_begin - (K - 1) * dilation: one generic builds Z, one
// starts the output from the bias, one contracts.

// Groups 2 (2 input and 3 output channels each), strides [2, 3], pads begin
// [1, 0], output_padding [1, 1], kernel 3x2. Z is 9x10: out + (K - 1); Z[v]
// reads X[(v - 1) / 2] for dim 2 (shift 1 - 2), X[(v - 1) / 3] for dim 3
// (shift 0 - 1), when divisible and inside.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[BIAS:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-DAG: #[[Z:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, (d1 floordiv 3) * 2 + d4, d2 + d5, d3 + d6)>
// CHECK-DAG: #[[W:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> ((d1 floordiv 3) * 2 + d4, d1 mod 3, -d5 + 2, -d6 + 1)>
// CHECK-DAG: #[[WIN:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d4, d5, d6)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @groups_strides
// The contraction is a register-tiled micro-kernel (lanes along the output
// row, 4 output rows per block; the output channels read the weights through
// floordiv/mod, so they are not block rows).
// CHECK:         kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[1, 1, 4, 9, 0, 0, 0]], order = [3, 4, 5, 6, 0, 1, 2], vector = 16>
// CHECK-NEXT:    ^bb0(%[[X:.*]]: tensor<1x4x3x3xf32>, %[[WT:.*]]: tensor<4x3x3x2xf32>, %[[B:.*]]: tensor<6xf32>, %[[O:.*]]: tensor<1x6x7x9xf32>):
// CHECK-DAG:       %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG:       %[[C2:.*]] = arith.constant 2 : index
// CHECK-DAG:       %[[C3:.*]] = arith.constant 3 : index
// CHECK-DAG:       %[[CM1:.*]] = arith.constant -1 : index
// CHECK:           %[[ZE:.*]] = tensor.empty() : tensor<1x4x9x10xf32>
// CHECK:           %[[ZV:.*]] = kernel.generic outs(%[[ZE]] : tensor<1x4x9x10xf32>) indexing_maps = [#[[ID]]]
// CHECK:             %[[V2:.*]] = kernel.index 2 : index
// CHECK:             %[[T2:.*]] = arith.addi %[[V2]], %[[CM1]] : index
// CHECK:             arith.remsi %[[T2]], %[[C2]] : index
// CHECK:             arith.divsi %[[T2]], %[[C2]] : index
// CHECK:             %[[V3:.*]] = kernel.index 3 : index
// CHECK:             %[[T3:.*]] = arith.addi %[[V3]], %[[CM1]] : index
// CHECK:             arith.remsi %[[T3]], %[[C3]] : index
// CHECK:             arith.divsi %[[T3]], %[[C3]] : index
// CHECK:             %[[XV:.*]] = tensor.extract %[[X]]
// CHECK:             arith.select %{{.*}}, %[[XV]], %[[ZERO]] : f32
// CHECK:           %[[INIT:.*]] = kernel.generic ins(%[[B]] : tensor<6xf32>) outs(%[[O]] : tensor<1x6x7x9xf32>) indexing_maps = [#[[BIAS]], #[[ID]]]
// CHECK:           %[[WINDOW:.*]] = tensor.empty() : tensor<2x3x2xf32>
// CHECK:           kernel.generic ins(%[[ZV]], %[[WT]], %[[WINDOW]] : tensor<1x4x9x10xf32>, tensor<4x3x3x2xf32>, tensor<2x3x2xf32>) outs(%[[INIT]] : tensor<1x6x7x9xf32>)
// CHECK-SAME:        indexing_maps = [#[[Z]], #[[W]], #[[WIN]], #[[OUT]]]
// CHECK-SAME:        iterator_types = [parallel, parallel, parallel, parallel, reduction, reduction, reduction]
// CHECK-NEXT:      ^bb0(%[[ZS:.*]]: f32, %[[WS:.*]]: f32, %{{.*}}: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT:        %[[P:.*]] = arith.mulf %[[ZS]], %[[WS]] : f32
// CHECK-NEXT:        %[[S:.*]] = arith.addf %[[ACC]], %[[P]] : f32
// CHECK-NEXT:        kernel.yield %[[S]] : f32
func.func @groups_strides(%x: tensor<1x4x3x3xf32>, %w: tensor<4x3x3x2xf32>, %b: tensor<6xf32>) -> tensor<1x6x7x9xf32> {
  %0 = graph.conv_transpose %x, %w, %b {group = 2 : i64, strides = array<i64: 2, 3>, pads = array<i64: 1, 0, 0, 0>, output_padding = array<i64: 1, 1>} : (tensor<1x4x3x3xf32>, tensor<4x3x3x2xf32>, tensor<6xf32>) -> tensor<1x6x7x9xf32>
  return %0 : tensor<1x6x7x9xf32>
}

// Stride 1 without pads: Z only pads the input by K - 1 on each side, and
// without bias the output starts from zeros.
// CHECK-LABEL: func.func @plain_1d
// CHECK:           %[[ZE:.*]] = tensor.empty() : tensor<1x2x8xf32>
// CHECK:           kernel.generic outs(%[[ZE]] : tensor<1x2x8xf32>)
// CHECK-NOT:         arith.remsi
// CHECK:             %[[T:.*]] = arith.addi %{{.*}}, %{{.*}} : index
// CHECK:           kernel.generic outs(%{{.*}} : tensor<1x3x6xf32>)
// CHECK-NEXT:      ^bb0(%{{.*}}: f32):
// CHECK-NEXT:        kernel.yield %{{.*}} : f32
// CHECK:           kernel.generic ins({{.*}} : tensor<1x2x8xf32>, tensor<2x3x3xf32>, tensor<2x3xf32>)
func.func @plain_1d(%x: tensor<1x2x4xf32>, %w: tensor<2x3x3xf32>) -> tensor<1x3x6xf32> {
  %0 = graph.conv_transpose %x, %w : (tensor<1x2x4xf32>, tensor<2x3x3xf32>) -> tensor<1x3x6xf32>
  return %0 : tensor<1x3x6xf32>
}

// SAME_UPPER with stride 2: output 2 * 3 = 6, total padding 2 * 2 + 3 - 6 =
// 1, the extra pad at the end, so pad_begin 0: Z reads X[(v - 2) / 2].
// CHECK-LABEL: func.func @same_upper
// CHECK-DAG:       %[[CM2:.*]] = arith.constant -2 : index
// CHECK:           tensor.empty() : tensor<1x1x8xf32>
// CHECK:             arith.addi %{{.*}}, %[[CM2]] : index
func.func @same_upper(%x: tensor<1x1x3xf32>, %w: tensor<1x1x3xf32>) -> tensor<1x1x6xf32> {
  %0 = graph.conv_transpose %x, %w {auto_pad = "SAME_UPPER", strides = array<i64: 2>} : (tensor<1x1x3xf32>, tensor<1x1x3xf32>) -> tensor<1x1x6xf32>
  return %0 : tensor<1x1x6xf32>
}

// output_shape 8 from input 3, stride 2, kernel 3: total padding
// 2 * 2 + 3 - 8 = -1, pad_begin -1 - floor(-1 / 2) = 0 (the reference
// rule; a negative total adds room at the end): Z reads X[(v - 2) / 2].
// CHECK-LABEL: func.func @output_shape
// CHECK-DAG:       %[[CM2:.*]] = arith.constant -2 : index
// CHECK:           tensor.empty() : tensor<1x1x10xf32>
// CHECK:             arith.addi %{{.*}}, %[[CM2]] : index
func.func @output_shape(%x: tensor<1x1x3xf32>, %w: tensor<1x1x3xf32>) -> tensor<1x1x8xf32> {
  %0 = graph.conv_transpose %x, %w {output_shape = array<i64: 8>, strides = array<i64: 2>} : (tensor<1x1x3xf32>, tensor<1x1x3xf32>) -> tensor<1x1x8xf32>
  return %0 : tensor<1x1x8xf32>
}
