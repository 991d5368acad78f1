// RUN: dlc-opt %s --convert-graph-to-kernel | FileCheck %s

// InstanceNormalization is LayerNormalization's kernel (two reductions into
// a kept-dims temporary, then an elementwise epilogue) over the spatial dims
// of each [n, c] slice, with scale and B read at the channel (dim 1).

// CHECK-DAG:   #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG:   #[[RED:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, 0)>
// CHECK-DAG:   #[[CHAN:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-LABEL: func.func @instance_normalization
// CHECK:         kernel.fused
// CHECK-DAG:       %[[EPS:.*]] = arith.constant 0.00999999977 : f32
// CHECK-DAG:       %[[N:.*]] = arith.constant 2.000000e+01 : f64
// The sums accumulate in f64; the statistics go back to f32.
// CHECK:           %[[TMP:.*]] = tensor.empty() : tensor<2x3x1x1xf64>
// CHECK:           %[[ZERO:.*]] = kernel.generic outs(%[[TMP]] : tensor<2x3x1x1xf64>)
// CHECK:           %[[SUM:.*]] = kernel.generic ins(%{{.*}} : tensor<2x3x4x5xf32>) outs(%[[ZERO]] : tensor<2x3x1x1xf64>) indexing_maps = [#[[ID]], #[[RED]]] iterator_types = [parallel, parallel, reduction, reduction]
// CHECK:             arith.extf %{{.*}} : f32 to f64
// CHECK:           %[[SQ:.*]] = kernel.generic ins(%{{.*}}, %[[SUM]] : tensor<2x3x4x5xf32>, tensor<2x3x1x1xf64>) outs(%[[ZERO]] : tensor<2x3x1x1xf64>) indexing_maps = [#[[ID]], #[[RED]], #[[RED]]] iterator_types = [parallel, parallel, reduction, reduction]
// CHECK:           kernel.generic ins(%{{.*}}, %[[SUM]], %[[SQ]], %{{.*}}, %{{.*}} : tensor<2x3x4x5xf32>, tensor<2x3x1x1xf64>, tensor<2x3x1x1xf64>, tensor<3xf32>, tensor<3xf32>)
// CHECK-SAME:        indexing_maps = [#[[ID]], #[[RED]], #[[RED]], #[[CHAN]], #[[CHAN]], #[[ID]]] iterator_types = [parallel, parallel, parallel, parallel]
// CHECK-NEXT:      ^bb0(%[[X:.*]]: f32, %[[S:.*]]: f64, %[[Q:.*]]: f64, %[[G:.*]]: f32, %[[B:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:        %[[MEAN64:.*]] = arith.divf %[[S]], %[[N]] : f64
// CHECK-NEXT:        %[[MEAN:.*]] = arith.truncf %[[MEAN64]] : f64 to f32
// CHECK-NEXT:        %[[VAR64:.*]] = arith.divf %[[Q]], %[[N]] : f64
// CHECK-NEXT:        %[[VAR:.*]] = arith.truncf %[[VAR64]] : f64 to f32
// CHECK-NEXT:        %[[VE:.*]] = arith.addf %[[VAR]], %[[EPS]] : f32
// CHECK-NEXT:        %[[INV:.*]] = math.rsqrt %[[VE]] : f32
// CHECK-NEXT:        %[[D:.*]] = arith.subf %[[X]], %[[MEAN]] : f32
// CHECK-NEXT:        %[[NORM:.*]] = arith.mulf %[[D]], %[[INV]] : f32
// CHECK-NEXT:        %[[SC:.*]] = arith.mulf %[[NORM]], %[[G]] : f32
// CHECK-NEXT:        %[[R:.*]] = arith.addf %[[SC]], %[[B]] : f32
// CHECK-NEXT:        kernel.yield %[[R]] : f32
func.func @instance_normalization(%x: tensor<2x3x4x5xf32>, %s: tensor<3xf32>, %b: tensor<3xf32>) -> tensor<2x3x4x5xf32> {
  %0 = graph.instance_normalization %x, %s, %b {epsilon = 1.0e-2 : f32} : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}
