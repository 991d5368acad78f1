// RUN: dlc-opt %s --convert-graph-to-kernel | FileCheck %s

// graph.shape of a static tensor is a constant (the pass does not fold, so
// the pattern does).
// CHECK-LABEL: func.func @shape
// CHECK-NEXT:    %[[C:.*]] = arith.constant dense<[3, 4]> : tensor<2xi64>
// CHECK-NEXT:    return %[[C]] : tensor<2xi64>
func.func @shape(%x: tensor<2x3x4xf32>) -> tensor<2xi64> {
  %0 = graph.shape %x {start = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}
