// RUN: dlc-opt %s -canonicalize="test-convergence" -split-input-file | FileCheck %s

// Folding of And, Or, Xor, LessOrEqual and GreaterOrEqual on constants; the
// comment above each case shows the expected values, worked out by hand.

// [[T, F], [T, F]] with [T, T] broadcast to both rows ([1, 2] against [2]):
// and = [[T, F], [T, F]], or = [[T, T], [T, T]], xor = [[F, T], [F, T]]
// CHECK-LABEL: func.func @logic()
// CHECK-DAG: %[[AND:.*]] = graph.constant dense<{{\[\[}}true, false], [true, false]]> : tensor<2x2xi1>
// CHECK-DAG: %[[OR:.*]] = graph.constant dense<true> : tensor<2x2xi1>
// CHECK-DAG: %[[XOR:.*]] = graph.constant dense<{{\[\[}}false, true], [false, true]]> : tensor<2x2xi1>
// CHECK-NOT: graph.and
// CHECK-NOT: graph.or
// CHECK-NOT: graph.xor
// CHECK: return %[[AND]], %[[OR]], %[[XOR]]
func.func @logic() -> (tensor<2x2xi1>, tensor<2x2xi1>, tensor<2x2xi1>) {
  %a = graph.constant dense<[[true, false], [true, false]]> : tensor<2x2xi1>
  %b = graph.constant dense<[true, true]> : tensor<2xi1>
  %0 = graph.and %a, %b : (tensor<2x2xi1>, tensor<2xi1>) -> tensor<2x2xi1>
  %1 = graph.or %a, %b : (tensor<2x2xi1>, tensor<2xi1>) -> tensor<2x2xi1>
  %2 = graph.xor %a, %b : (tensor<2x2xi1>, tensor<2xi1>) -> tensor<2x2xi1>
  return %0, %1, %2 : tensor<2x2xi1>, tensor<2x2xi1>, tensor<2x2xi1>
}

// -----

// [1, 2, 3] against 2: less_or_equal = [T, T, F], greater_or_equal = [F, T, T]
// CHECK-LABEL: func.func @compare_or_equal_f32()
// CHECK-DAG: %[[LE:.*]] = graph.constant dense<[true, true, false]> : tensor<3xi1>
// CHECK-DAG: %[[GE:.*]] = graph.constant dense<[false, true, true]> : tensor<3xi1>
// CHECK-NOT: graph.less_or_equal
// CHECK-NOT: graph.greater_or_equal
// CHECK: return %[[LE]], %[[GE]]
func.func @compare_or_equal_f32() -> (tensor<3xi1>, tensor<3xi1>) {
  %a = graph.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %b = graph.constant dense<2.0> : tensor<f32>
  %0 = graph.less_or_equal %a, %b : (tensor<3xf32>, tensor<f32>) -> tensor<3xi1>
  %1 = graph.greater_or_equal %a, %b : (tensor<3xf32>, tensor<f32>) -> tensor<3xi1>
  return %0, %1 : tensor<3xi1>, tensor<3xi1>
}

// -----

// NaN is neither <= nor >= anything: [NaN] against 1 gives [F] both ways.
// CHECK-LABEL: func.func @compare_or_equal_nan()
// CHECK: %[[F:.*]] = graph.constant dense<false> : tensor<1xi1>
// CHECK: return %[[F]], %[[F]]
func.func @compare_or_equal_nan() -> (tensor<1xi1>, tensor<1xi1>) {
  %a = graph.constant dense<0x7FC00000> : tensor<1xf32>
  %b = graph.constant dense<1.0> : tensor<f32>
  %0 = graph.less_or_equal %a, %b : (tensor<1xf32>, tensor<f32>) -> tensor<1xi1>
  %1 = graph.greater_or_equal %a, %b : (tensor<1xf32>, tensor<f32>) -> tensor<1xi1>
  return %0, %1 : tensor<1xi1>, tensor<1xi1>
}

// -----

// Signed and unsigned views of the same bits against 1: as i8, [-1, 1] <= 1
// is [T, T] and >= 1 is [F, T]; as ui8, [255, 1] <= 1 is [F, T] and >= 1 is
// [T, T].
// CHECK-LABEL: func.func @compare_or_equal_signedness()
// CHECK-DAG: %[[TT:.*]] = graph.constant dense<true> : tensor<2xi1>
// CHECK-DAG: %[[FT:.*]] = graph.constant dense<[false, true]> : tensor<2xi1>
// CHECK: return %[[TT]], %[[FT]], %[[FT]], %[[TT]]
func.func @compare_or_equal_signedness()
    -> (tensor<2xi1>, tensor<2xi1>, tensor<2xi1>, tensor<2xi1>) {
  %s = graph.constant dense<[-1, 1]> : tensor<2xi8>
  %s1 = graph.constant dense<1> : tensor<i8>
  %u = graph.constant dense<[255, 1]> : tensor<2xui8>
  %u1 = graph.constant dense<1> : tensor<ui8>
  %0 = graph.less_or_equal %s, %s1 : (tensor<2xi8>, tensor<i8>) -> tensor<2xi1>
  %1 = graph.less_or_equal %u, %u1 : (tensor<2xui8>, tensor<ui8>) -> tensor<2xi1>
  %2 = graph.greater_or_equal %s, %s1 : (tensor<2xi8>, tensor<i8>) -> tensor<2xi1>
  %3 = graph.greater_or_equal %u, %u1 : (tensor<2xui8>, tensor<ui8>) -> tensor<2xi1>
  return %0, %1, %2, %3 : tensor<2xi1>, tensor<2xi1>, tensor<2xi1>, tensor<2xi1>
}
