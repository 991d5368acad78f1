// RUN: dlc-opt %s -convert-graph-to-kernel -split-input-file | FileCheck %s

// graph.log_softmax lowers like graph.softmax (convert-graph-to-kernel.mlir):
// the max and sum(exp(x - max)) along the axis into kept-dims temporaries,
// then x - max - log(sum) per element, with no exp in the epilogue.
// CHECK-DAG:   #[[$ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG:   #[[$RED:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-LABEL: func.func @log_softmax(
//       CHECK:   kernel.fused {{.*}} outs(%{{.*}} : tensor<2x3xf32>) schedule = #kernel.schedule<>
//   CHECK-DAG:     %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
//   CHECK-DAG:     %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
//       CHECK:       kernel.yield %[[NEGINF]] : f32
//       CHECK:     %[[MAX:.*]] = kernel.generic ins(%{{.*}} : tensor<2x3xf32>) outs(%{{.*}} : tensor<2x1xf32>) indexing_maps = [#[[$ID]], #[[$RED]]] iterator_types = [parallel, reduction]
//       CHECK:       arith.maximumf
//       CHECK:       kernel.yield %[[ZERO]] : f32
//       CHECK:     %[[SUM:.*]] = kernel.generic ins(%{{.*}}, %[[MAX]] : tensor<2x3xf32>, tensor<2x1xf32>) outs(%{{.*}} : tensor<2x1xf32>) indexing_maps = [#[[$ID]], #[[$RED]], #[[$RED]]] iterator_types = [parallel, reduction]
//       CHECK:       arith.subf
//  CHECK-NEXT:       math.exp
//  CHECK-NEXT:       arith.addf
//       CHECK:     kernel.generic ins(%{{.*}}, %[[MAX]], %[[SUM]] : tensor<2x3xf32>, tensor<2x1xf32>, tensor<2x1xf32>) outs(%{{.*}} : tensor<2x3xf32>) indexing_maps = [#[[$ID]], #[[$RED]], #[[$RED]], #[[$ID]]] iterator_types = [parallel, parallel]
//  CHECK-NEXT:     ^bb0(%[[X:.*]]: f32, %[[M:.*]]: f32, %[[S:.*]]: f32, %{{.*}}: f32):
//  CHECK-NEXT:       %[[SHIFTED:.*]] = arith.subf %[[X]], %[[M]] : f32
//  CHECK-NEXT:       %[[LOG:.*]] = math.log %[[S]] : f32
//  CHECK-NEXT:       %[[R:.*]] = arith.subf %[[SHIFTED]], %[[LOG]] : f32
//  CHECK-NEXT:       kernel.yield %[[R]] : f32
func.func @log_softmax(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = graph.log_softmax %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// graph.hardmax: the max along the axis, then the first index reaching it
// (a min-reduction over `x == max ? k : acc`, from INT64_MAX, as i64), then
// 1 where the index along the axis is that one and 0 elsewhere.
// CHECK-DAG:   #[[$ID:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG:   #[[$RED:.*]] = affine_map<(d0, d1, d2) -> (d0, 0, d2)>
// CHECK-LABEL: func.func @hardmax(
//       CHECK:   kernel.fused {{.*}} outs(%{{.*}} : tensor<2x3x4xf16>) schedule = #kernel.schedule<>
//   CHECK-DAG:     %[[ZERO:.*]] = arith.constant 0.000000e+00 : f16
//   CHECK-DAG:     %[[ONE:.*]] = arith.constant 1.000000e+00 : f16
//   CHECK-DAG:     %[[BIG:.*]] = arith.constant 9223372036854775807 : i64
//       CHECK:     %[[MAX:.*]] = kernel.generic ins(%{{.*}} : tensor<2x3x4xf16>) outs(%{{.*}} : tensor<2x1x4xf16>) indexing_maps = [#[[$ID]], #[[$RED]]] iterator_types = [parallel, reduction, parallel]
//       CHECK:       arith.maximumf
//       CHECK:       kernel.yield %[[BIG]] : i64
//       CHECK:     %[[FIRST:.*]] = kernel.generic ins(%{{.*}}, %[[MAX]] : tensor<2x3x4xf16>, tensor<2x1x4xf16>) outs(%{{.*}} : tensor<2x1x4xi64>) indexing_maps = [#[[$ID]], #[[$RED]], #[[$RED]]] iterator_types = [parallel, reduction, parallel]
//  CHECK-NEXT:     ^bb0(%[[X:.*]]: f16, %[[M:.*]]: f16, %[[ACC:.*]]: i64):
//  CHECK-NEXT:       %[[EQ:.*]] = arith.cmpf oeq, %[[X]], %[[M]] : f16
//  CHECK-NEXT:       %[[K:.*]] = kernel.index 1 : index
//  CHECK-NEXT:       %[[K64:.*]] = arith.index_cast %[[K]] : index to i64
//  CHECK-NEXT:       %[[SEL:.*]] = arith.select %[[EQ]], %[[K64]], %[[ACC]] : i64
//  CHECK-NEXT:       %[[MIN:.*]] = arith.minsi %[[ACC]], %[[SEL]] : i64
//  CHECK-NEXT:       kernel.yield %[[MIN]] : i64
//       CHECK:     kernel.generic ins(%[[FIRST]] : tensor<2x1x4xi64>) outs(%{{.*}} : tensor<2x3x4xf16>) indexing_maps = [#[[$RED]], #[[$ID]]] iterator_types = [parallel, parallel, parallel]
//  CHECK-NEXT:     ^bb0(%[[F:.*]]: i64, %{{.*}}: f16):
//  CHECK-NEXT:       %[[K:.*]] = kernel.index 1 : index
//  CHECK-NEXT:       %[[K64:.*]] = arith.index_cast %[[K]] : index to i64
//  CHECK-NEXT:       %[[HIT:.*]] = arith.cmpi eq, %[[K64]], %[[F]] : i64
//  CHECK-NEXT:       %[[R:.*]] = arith.select %[[HIT]], %[[ONE]], %[[ZERO]] : f16
//  CHECK-NEXT:       kernel.yield %[[R]] : f16
func.func @hardmax(%x: tensor<2x3x4xf16>) -> tensor<2x3x4xf16> {
  %0 = graph.hardmax %x {axis = -2 : i64} : (tensor<2x3x4xf16>) -> tensor<2x3x4xf16>
  return %0 : tensor<2x3x4xf16>
}
