// RUN: dlc-opt %s --convert-graph-to-kernel | FileCheck %s

// graph.slice with constant starts/axes/steps: one tensor.extract_slice with
// positive strides takes the elements; a dim with a negative step takes them
// in ascending order and the copy reads it backwards (n - 1 - i), so every
// operand of the copy has the loop's extents.

// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[REV:.*]] = affine_map<(d0, d1) -> (d0, -d1 + 5)>
// CHECK-DAG: #[[REV2:.*]] = affine_map<(d0, d1) -> (-d0 + 4, d1)>

// Axis 0: start -7 of 5 clamps to 0, end -4 -> 1, step 1: one row.
// Axis 1: start -6 of 11 -> 5, end clamps to -1, step -1: 6 columns 5..0.
// CHECK-LABEL: func.func @mixed_step_signs
// CHECK:         kernel.fused
// CHECK:           %[[S:.*]] = tensor.extract_slice %{{.*}}[0, 0] [1, 6] [1, 1] : tensor<5x11xi64> to tensor<1x6xi64>
// CHECK-NEXT:      kernel.generic ins(%[[S]] : tensor<1x6xi64>) outs(%{{.*}} : tensor<1x6xi64>) indexing_maps = [#[[REV]], #[[ID]]]
func.func @mixed_step_signs(%x: tensor<5x11xi64>) -> tensor<1x6xi64> {
  %s = graph.constant dense<[-7, -6]> : tensor<2xi64>
  %e = graph.constant dense<[-4, -18]> : tensor<2xi64>
  %a = graph.constant dense<[0, 1]> : tensor<2xi64>
  %st = graph.constant dense<[1, -1]> : tensor<2xi64>
  %0 = graph.slice %x, %s, %e, axes = %a, steps = %st : (tensor<5x11xi64>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<1x6xi64>
  return %0 : tensor<1x6xi64>
}

// Step -2 from 9 over 10 elements: 9, 7, 5, 3, 1 = the stride-2 view from 1,
// read backwards.
// CHECK-LABEL: func.func @negative_stride
// CHECK:           %[[S:.*]] = tensor.extract_slice %{{.*}}[1, 0] [5, 3] [2, 1] : tensor<10x3xf32> to tensor<5x3xf32>
// CHECK-NEXT:      kernel.generic ins(%[[S]] : tensor<5x3xf32>) {{.*}} indexing_maps = [#[[REV2]], #[[ID]]]
func.func @negative_stride(%x: tensor<10x3xf32>) -> tensor<5x3xf32> {
  %s = graph.constant dense<[9]> : tensor<1xi64>
  %e = graph.constant dense<[-100]> : tensor<1xi64>
  %a = graph.constant dense<[0]> : tensor<1xi64>
  %st = graph.constant dense<[-2]> : tensor<1xi64>
  %0 = graph.slice %x, %s, %e, axes = %a, steps = %st : (tensor<10x3xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<5x3xf32>
  return %0 : tensor<5x3xf32>
}
