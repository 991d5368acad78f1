// RUN: dlc-opt %s --convert-graph-to-kernel | FileCheck %s

// graph.range is an iota: out[i] = start + i * delta over the static length.

// Constant start and delta fold into the body; limit only gave the length.
// CHECK-LABEL: func.func @constant
// CHECK:         kernel.fused outs(%{{.*}} : tensor<5xi64>)
// CHECK-DAG:       %[[C2:.*]] = arith.constant 2 : i64
// CHECK-DAG:       %[[C3:.*]] = arith.constant 3 : i64
// CHECK:           kernel.generic outs(%{{.*}} : tensor<5xi64>)
// CHECK:             %[[I:.*]] = kernel.index 0 : index
// CHECK:             %[[I64:.*]] = arith.index_cast %[[I]] : index to i64
// CHECK:             %[[M:.*]] = arith.muli %[[I64]], %[[C3]] : i64
// CHECK:             %[[R:.*]] = arith.addi %[[C2]], %[[M]] : i64
// CHECK:             kernel.yield %[[R]] : i64
func.func @constant() -> tensor<5xi64> {
  %s = graph.constant dense<2> : tensor<i64>
  %l = graph.constant dense<15> : tensor<i64>
  %d = graph.constant dense<3> : tensor<i64>
  %0 = graph.range %s, %l, %d : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<5xi64>
  return %0 : tensor<5xi64>
}

// Operands that are not constants are read in the body (the length is the
// result's static size).
// CHECK-LABEL: func.func @runtime
// CHECK-SAME:    (%[[S:.*]]: tensor<f32>, %[[L:.*]]: tensor<f32>, %[[D:.*]]: tensor<f32>)
// CHECK:         kernel.fused ins(%[[S]], %[[D]] : tensor<f32>, tensor<f32>)
// CHECK-NEXT:    ^bb0(%[[BS:.*]]: tensor<f32>, %[[BD:.*]]: tensor<f32>, %{{.*}}: tensor<4xf32>):
// CHECK:             %[[I:.*]] = kernel.index 0 : index
// CHECK:             %[[I64:.*]] = arith.index_cast %[[I]] : index to i64
// CHECK:             %[[START:.*]] = tensor.extract %[[BS]][] : tensor<f32>
// CHECK:             %[[IF:.*]] = arith.sitofp %[[I64]] : i64 to f32
// CHECK:             %[[DELTA:.*]] = tensor.extract %[[BD]][] : tensor<f32>
// CHECK:             %[[M:.*]] = arith.mulf %[[IF]], %[[DELTA]] : f32
// CHECK:             %[[R:.*]] = arith.addf %[[START]], %[[M]] : f32
// CHECK:             kernel.yield %[[R]] : f32
func.func @runtime(%s: tensor<f32>, %l: tensor<f32>, %d: tensor<f32>) -> tensor<4xf32> {
  %0 = graph.range %s, %l, %d : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
