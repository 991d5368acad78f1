// RUN: dlc-opt %s -canonicalize="test-convergence" -split-input-file | FileCheck %s

// Folding of the elementwise graph ops. Every expected value below was
// computed by hand from the ONNX semantics (broadcasting right-aligned,
// integer Div truncating toward zero, Cast truncating toward zero, i1 read as
// 0 / 1); the comment above each case shows the arithmetic.

//===----------------------------------------------------------------------===//
// Binary arithmetic on constants
//===----------------------------------------------------------------------===//

// [[1, 2, 3], [4, 5, 6]] + [10, 20, 30] = [[11, 22, 33], [14, 25, 36]]
// CHECK-LABEL: func.func @add_f32_broadcast()
// CHECK: %[[C:.*]] = graph.constant dense<{{\[\[}}1.100000e+01, 2.200000e+01, 3.300000e+01], [1.400000e+01, 2.500000e+01, 3.600000e+01]]> : tensor<2x3xf32>
// CHECK-NOT: graph.add
// CHECK: return %[[C]] : tensor<2x3xf32>
func.func @add_f32_broadcast() -> tensor<2x3xf32> {
  %a = graph.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %b = graph.constant dense<[10.0, 20.0, 30.0]> : tensor<3xf32>
  %0 = graph.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// 5 + [1, -2, 3] = [6, 3, 8] (rank 0 against rank 1); 5 + 5 = 10 (rank 0).
// CHECK-LABEL: func.func @add_i64_scalar()
// CHECK-DAG: %[[V:.*]] = graph.constant dense<[6, 3, 8]> : tensor<3xi64>
// CHECK-DAG: %[[S:.*]] = graph.constant dense<10> : tensor<i64>
// CHECK-NOT: graph.add
// CHECK: return %[[V]], %[[S]] : tensor<3xi64>, tensor<i64>
func.func @add_i64_scalar() -> (tensor<3xi64>, tensor<i64>) {
  %s = graph.constant dense<5> : tensor<i64>
  %v = graph.constant dense<[1, -2, 3]> : tensor<3xi64>
  %0 = graph.add %s, %v : (tensor<i64>, tensor<3xi64>) -> tensor<3xi64>
  %1 = graph.add %s, %s : (tensor<i64>, tensor<i64>) -> tensor<i64>
  return %0, %1 : tensor<3xi64>, tensor<i64>
}

// -----

// Both operands broadcast: [[10], [20]] (2x1) - [1, 2, 3] (3)
//   = [[10-1, 10-2, 10-3], [20-1, 20-2, 20-3]] = [[9, 8, 7], [19, 18, 17]]
// CHECK-LABEL: func.func @sub_f32_broadcast_both()
// CHECK: %[[C:.*]] = graph.constant dense<{{\[\[}}9.000000e+00, 8.000000e+00, 7.000000e+00], [1.900000e+01, 1.800000e+01, 1.700000e+01]]> : tensor<2x3xf32>
// CHECK-NOT: graph.sub
// CHECK: return %[[C]]
func.func @sub_f32_broadcast_both() -> tensor<2x3xf32> {
  %a = graph.constant dense<[[10.0], [20.0]]> : tensor<2x1xf32>
  %b = graph.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %0 = graph.sub %a, %b : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// [5, 0] - 7 = [-2, -7]
// CHECK-LABEL: func.func @sub_i64()
// CHECK: %[[C:.*]] = graph.constant dense<[-2, -7]> : tensor<2xi64>
// CHECK-NOT: graph.sub
// CHECK: return %[[C]]
func.func @sub_i64() -> tensor<2xi64> {
  %a = graph.constant dense<[5, 0]> : tensor<2xi64>
  %b = graph.constant dense<7> : tensor<i64>
  %0 = graph.sub %a, %b : (tensor<2xi64>, tensor<i64>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// [1.5, -2] (2) * [[2], [0.5]] (2x1) = [[3, -4], [0.75, -1]]
// [3, -4] (2) * [[2], [-1]] (2x1) = [[6, -8], [-3, 4]]
// CHECK-LABEL: func.func @mul_broadcast()
// CHECK-DAG: %[[F:.*]] = graph.constant dense<{{\[\[}}3.000000e+00, -4.000000e+00], [7.500000e-01, -1.000000e+00]]> : tensor<2x2xf32>
// CHECK-DAG: %[[I:.*]] = graph.constant dense<{{\[\[}}6, -8], [-3, 4]]> : tensor<2x2xi64>
// CHECK-NOT: graph.mul
// CHECK: return %[[F]], %[[I]]
func.func @mul_broadcast() -> (tensor<2x2xf32>, tensor<2x2xi64>) {
  %a = graph.constant dense<[1.5, -2.0]> : tensor<2xf32>
  %b = graph.constant dense<[[2.0], [0.5]]> : tensor<2x1xf32>
  %0 = graph.mul %a, %b : (tensor<2xf32>, tensor<2x1xf32>) -> tensor<2x2xf32>
  %c = graph.constant dense<[3, -4]> : tensor<2xi64>
  %d = graph.constant dense<[[2], [-1]]> : tensor<2x1xi64>
  %1 = graph.mul %c, %d : (tensor<2xi64>, tensor<2x1xi64>) -> tensor<2x2xi64>
  return %0, %1 : tensor<2x2xf32>, tensor<2x2xi64>
}

// -----

// [1, -3, 7] / 2 = [0.5, -1.5, 3.5]; float division by zero is IEEE:
// [1, -1] / 0 = [+inf, -inf].
// CHECK-LABEL: func.func @div_f32()
// CHECK-DAG: %[[A:.*]] = graph.constant dense<[5.000000e-01, -1.500000e+00, 3.500000e+00]> : tensor<3xf32>
// CHECK-DAG: %[[B:.*]] = graph.constant dense<[0x7F800000, 0xFF800000]> : tensor<2xf32>
// CHECK-NOT: graph.div
// CHECK: return %[[A]], %[[B]]
func.func @div_f32() -> (tensor<3xf32>, tensor<2xf32>) {
  %a = graph.constant dense<[1.0, -3.0, 7.0]> : tensor<3xf32>
  %two = graph.constant dense<2.0> : tensor<f32>
  %0 = graph.div %a, %two : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  %b = graph.constant dense<[1.0, -1.0]> : tensor<2xf32>
  %zero = graph.constant dense<0.0> : tensor<1xf32>
  %1 = graph.div %b, %zero : (tensor<2xf32>, tensor<1xf32>) -> tensor<2xf32>
  return %0, %1 : tensor<3xf32>, tensor<2xf32>
}

// -----

// Integer Div truncates toward zero: 7/2 = 3, -7/2 = -3 (not -4), 7/-2 = -3,
// -7/-2 = 3; 9/3 = 3 and -9/3 = -3 are exact.
// CHECK-LABEL: func.func @div_i64_truncates()
// CHECK: %[[C:.*]] = graph.constant dense<[3, -3, -3, 3, 3, -3]> : tensor<6xi64>
// CHECK-NOT: graph.div
// CHECK: return %[[C]]
func.func @div_i64_truncates() -> tensor<6xi64> {
  %a = graph.constant dense<[7, -7, 7, -7, 9, -9]> : tensor<6xi64>
  %b = graph.constant dense<[2, 2, -2, -2, 3, 3]> : tensor<6xi64>
  %0 = graph.div %a, %b : (tensor<6xi64>, tensor<6xi64>) -> tensor<6xi64>
  return %0 : tensor<6xi64>
}

// -----

// Unsigned division reads 200 as 200 (not -56 as i8 would): 200/3 = 66,
// 7/2 = 3.
// CHECK-LABEL: func.func @div_ui8()
// CHECK: %[[C:.*]] = graph.constant dense<[66, 3]> : tensor<2xui8>
// CHECK-NOT: graph.div
// CHECK: return %[[C]]
func.func @div_ui8() -> tensor<2xui8> {
  %a = graph.constant dense<[200, 7]> : tensor<2xui8>
  %b = graph.constant dense<[3, 2]> : tensor<2xui8>
  %0 = graph.div %a, %b : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}

// -----

// Integer division by zero is undefined: it is left to run time, even when
// only one element divides by zero, and also through broadcasting.
// CHECK-LABEL: func.func @div_i64_by_zero_not_folded()
// CHECK-DAG: %[[A:.*]] = graph.constant dense<[5, 6]> : tensor<2xi64>
// CHECK-DAG: %[[B:.*]] = graph.constant dense<[1, 0]> : tensor<2xi64>
// CHECK-DAG: %[[Z:.*]] = graph.constant dense<0> : tensor<i64>
// CHECK: %[[R0:.*]] = graph.div %[[A]], %[[B]] : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
// CHECK: %[[R1:.*]] = graph.div %[[A]], %[[Z]] : (tensor<2xi64>, tensor<i64>) -> tensor<2xi64>
// CHECK: return %[[R0]], %[[R1]]
func.func @div_i64_by_zero_not_folded() -> (tensor<2xi64>, tensor<2xi64>) {
  %a = graph.constant dense<[5, 6]> : tensor<2xi64>
  %b = graph.constant dense<[1, 0]> : tensor<2xi64>
  %0 = graph.div %a, %b : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  %z = graph.constant dense<0> : tensor<i64>
  %1 = graph.div %a, %z : (tensor<2xi64>, tensor<i64>) -> tensor<2xi64>
  return %0, %1 : tensor<2xi64>, tensor<2xi64>
}

// -----

// INT64_MIN / -1 overflows (it traps on most targets): left to run time.
// CHECK-LABEL: func.func @div_i64_overflow_not_folded()
// CHECK-DAG: %[[MIN:.*]] = graph.constant dense<-9223372036854775808> : tensor<i64>
// CHECK-DAG: %[[M1:.*]] = graph.constant dense<-1> : tensor<i64>
// CHECK: %[[R:.*]] = graph.div %[[MIN]], %[[M1]] : (tensor<i64>, tensor<i64>) -> tensor<i64>
// CHECK: return %[[R]]
func.func @div_i64_overflow_not_folded() -> tensor<i64> {
  %a = graph.constant dense<-9223372036854775808> : tensor<i64>
  %b = graph.constant dense<-1> : tensor<i64>
  %0 = graph.div %a, %b : (tensor<i64>, tensor<i64>) -> tensor<i64>
  return %0 : tensor<i64>
}

// -----

// max([1, 5, -3], 2) = [2, 5, 2]; min([1, 5, -3], 2) = [1, 2, -3]
// CHECK-LABEL: func.func @max_min_f32()
// CHECK-DAG: %[[MAX:.*]] = graph.constant dense<[2.000000e+00, 5.000000e+00, 2.000000e+00]> : tensor<3xf32>
// CHECK-DAG: %[[MIN:.*]] = graph.constant dense<[1.000000e+00, 2.000000e+00, -3.000000e+00]> : tensor<3xf32>
// CHECK-NOT: graph.max
// CHECK-NOT: graph.min
// CHECK: return %[[MAX]], %[[MIN]]
func.func @max_min_f32() -> (tensor<3xf32>, tensor<3xf32>) {
  %a = graph.constant dense<[1.0, 5.0, -3.0]> : tensor<3xf32>
  %b = graph.constant dense<2.0> : tensor<f32>
  %0 = graph.max %a, %b : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  %1 = graph.min %a, %b : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  return %0, %1 : tensor<3xf32>, tensor<3xf32>
}

// -----

// a = [[1], [4]] (2x1), b = [2, 3] (2):
//   max = [[max(1,2), max(1,3)], [max(4,2), max(4,3)]] = [[2, 3], [4, 4]]
//   min = [[1, 1], [2, 3]]
// ui8: max(250, 3) = 250 and min(250, 3) = 3 (as i8, 250 would be -6).
// CHECK-LABEL: func.func @max_min_int()
// CHECK-DAG: %[[MAX:.*]] = graph.constant dense<{{\[\[}}2, 3], [4, 4]]> : tensor<2x2xi64>
// CHECK-DAG: %[[MIN:.*]] = graph.constant dense<{{\[\[}}1, 1], [2, 3]]> : tensor<2x2xi64>
// CHECK-DAG: %[[UMAX:.*]] = graph.constant dense<250> : tensor<ui8>
// CHECK-DAG: %[[UMIN:.*]] = graph.constant dense<3> : tensor<ui8>
// CHECK-NOT: graph.max
// CHECK-NOT: graph.min
// CHECK: return %[[MAX]], %[[MIN]], %[[UMAX]], %[[UMIN]]
func.func @max_min_int() -> (tensor<2x2xi64>, tensor<2x2xi64>, tensor<ui8>, tensor<ui8>) {
  %a = graph.constant dense<[[1], [4]]> : tensor<2x1xi64>
  %b = graph.constant dense<[2, 3]> : tensor<2xi64>
  %0 = graph.max %a, %b : (tensor<2x1xi64>, tensor<2xi64>) -> tensor<2x2xi64>
  %1 = graph.min %a, %b : (tensor<2x1xi64>, tensor<2xi64>) -> tensor<2x2xi64>
  %c = graph.constant dense<250> : tensor<ui8>
  %d = graph.constant dense<3> : tensor<ui8>
  %2 = graph.max %c, %d : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
  %3 = graph.min %c, %d : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
  return %0, %1, %2, %3 : tensor<2x2xi64>, tensor<2x2xi64>, tensor<ui8>, tensor<ui8>
}

// -----

// i1 is bool with false < true:
//   max([T, F, T, F], [T, T, F, F]) = [T, T, T, F] (logical or)
//   min([T, F, T, F], [T, T, F, F]) = [T, F, F, F] (logical and)
// CHECK-LABEL: func.func @max_min_i1()
// CHECK-DAG: %[[MAX:.*]] = graph.constant dense<[true, true, true, false]> : tensor<4xi1>
// CHECK-DAG: %[[MIN:.*]] = graph.constant dense<[true, false, false, false]> : tensor<4xi1>
// CHECK-NOT: graph.max
// CHECK-NOT: graph.min
// CHECK: return %[[MAX]], %[[MIN]]
func.func @max_min_i1() -> (tensor<4xi1>, tensor<4xi1>) {
  %a = graph.constant dense<[true, false, true, false]> : tensor<4xi1>
  %b = graph.constant dense<[true, true, false, false]> : tensor<4xi1>
  %0 = graph.max %a, %b : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %1 = graph.min %a, %b : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  return %0, %1 : tensor<4xi1>, tensor<4xi1>
}

// -----

// Folds chain: (2 * [1, 2]) + 1 = [3, 5], then - [3, 5] = [0, 0] (a splat).
// CHECK-LABEL: func.func @chain()
// CHECK: %[[C:.*]] = graph.constant dense<0> : tensor<2xi64>
// CHECK-NOT: graph.
// CHECK: return %[[C]]
func.func @chain() -> tensor<2xi64> {
  %two = graph.constant dense<2> : tensor<i64>
  %v = graph.constant dense<[1, 2]> : tensor<2xi64>
  %one = graph.constant dense<1> : tensor<1xi64>
  %0 = graph.mul %two, %v : (tensor<i64>, tensor<2xi64>) -> tensor<2xi64>
  %1 = graph.add %0, %one : (tensor<2xi64>, tensor<1xi64>) -> tensor<2xi64>
  %w = graph.constant dense<[3, 5]> : tensor<2xi64>
  %2 = graph.sub %1, %w : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  return %2 : tensor<2xi64>
}

//===----------------------------------------------------------------------===//
// Comparisons on constants
//===----------------------------------------------------------------------===//

// -----

// [1, 2, 3] against 2: equal = [F, T, F], less = [T, F, F], greater = [F, F, T]
// CHECK-LABEL: func.func @compare_f32()
// CHECK-DAG: %[[EQ:.*]] = graph.constant dense<[false, true, false]> : tensor<3xi1>
// CHECK-DAG: %[[LT:.*]] = graph.constant dense<[true, false, false]> : tensor<3xi1>
// CHECK-DAG: %[[GT:.*]] = graph.constant dense<[false, false, true]> : tensor<3xi1>
// CHECK-NOT: graph.equal
// CHECK-NOT: graph.less
// CHECK-NOT: graph.greater
// CHECK: return %[[EQ]], %[[LT]], %[[GT]]
func.func @compare_f32() -> (tensor<3xi1>, tensor<3xi1>, tensor<3xi1>) {
  %a = graph.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %b = graph.constant dense<2.0> : tensor<f32>
  %0 = graph.equal %a, %b : (tensor<3xf32>, tensor<f32>) -> tensor<3xi1>
  %1 = graph.less %a, %b : (tensor<3xf32>, tensor<f32>) -> tensor<3xi1>
  %2 = graph.greater %a, %b : (tensor<3xf32>, tensor<f32>) -> tensor<3xi1>
  return %0, %1, %2 : tensor<3xi1>, tensor<3xi1>, tensor<3xi1>
}

// -----

// less([[1], [3]] (2x1), [1, 2, 3] (3)):
//   row 0: 1<1 F, 1<2 T, 1<3 T; row 1: 3<1 F, 3<2 F, 3<3 F
// CHECK-LABEL: func.func @less_broadcast()
// CHECK: %[[C:.*]] = graph.constant dense<{{\[\[}}false, true, true], [false, false, false]]> : tensor<2x3xi1>
// CHECK-NOT: graph.less
// CHECK: return %[[C]]
func.func @less_broadcast() -> tensor<2x3xi1> {
  %a = graph.constant dense<[[1.0], [3.0]]> : tensor<2x1xf32>
  %b = graph.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %0 = graph.less %a, %b : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  return %0 : tensor<2x3xi1>
}

// -----

// NaN is unordered: NaN == NaN, NaN < 1 and NaN > 1 are all false.
// CHECK-LABEL: func.func @compare_nan()
// CHECK: %[[F:.*]] = graph.constant dense<false> : tensor<2xi1>
// CHECK-NOT: graph.equal
// CHECK-NOT: graph.less
// CHECK-NOT: graph.greater
// CHECK: return %[[F]], %[[F]], %[[F]]
func.func @compare_nan() -> (tensor<2xi1>, tensor<2xi1>, tensor<2xi1>) {
  %nan = graph.constant dense<0x7FC00000> : tensor<2xf32>
  %b = graph.constant dense<[0x7FC00000, 1.0]> : tensor<2xf32>
  %0 = graph.equal %nan, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  %1 = graph.less %nan, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  %2 = graph.greater %nan, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  return %0, %1, %2 : tensor<2xi1>, tensor<2xi1>, tensor<2xi1>
}

// -----

// i64: greater([-1, 0, 1], 0) = [F, F, T]; equal([-1, 0, 1], 0) = [F, T, F]
// ui8: less(200, 100) = F (as i8, -56 < 100 would be T)
// i1 (false < true): less([F, T], [T, T]) = [T, F]; equal = [F, T]
// CHECK-LABEL: func.func @compare_int()
// CHECK-DAG: %[[GT:.*]] = graph.constant dense<[false, false, true]> : tensor<3xi1>
// CHECK-DAG: %[[EQ:.*]] = graph.constant dense<[false, true, false]> : tensor<3xi1>
// CHECK-DAG: %[[ULT:.*]] = graph.constant dense<false> : tensor<i1>
// CHECK-DAG: %[[BLT:.*]] = graph.constant dense<[true, false]> : tensor<2xi1>
// CHECK-DAG: %[[BEQ:.*]] = graph.constant dense<[false, true]> : tensor<2xi1>
// CHECK-NOT: graph.equal
// CHECK-NOT: graph.less
// CHECK-NOT: graph.greater
// CHECK: return %[[GT]], %[[EQ]], %[[ULT]], %[[BLT]], %[[BEQ]]
func.func @compare_int()
    -> (tensor<3xi1>, tensor<3xi1>, tensor<i1>, tensor<2xi1>, tensor<2xi1>) {
  %a = graph.constant dense<[-1, 0, 1]> : tensor<3xi64>
  %z = graph.constant dense<0> : tensor<i64>
  %0 = graph.greater %a, %z : (tensor<3xi64>, tensor<i64>) -> tensor<3xi1>
  %1 = graph.equal %a, %z : (tensor<3xi64>, tensor<i64>) -> tensor<3xi1>
  %u = graph.constant dense<200> : tensor<ui8>
  %v = graph.constant dense<100> : tensor<ui8>
  %2 = graph.less %u, %v : (tensor<ui8>, tensor<ui8>) -> tensor<i1>
  %p = graph.constant dense<[false, true]> : tensor<2xi1>
  %q = graph.constant dense<true> : tensor<2xi1>
  %3 = graph.less %p, %q : (tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
  %4 = graph.equal %p, %q : (tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
  return %0, %1, %2, %3, %4
      : tensor<3xi1>, tensor<3xi1>, tensor<i1>, tensor<2xi1>, tensor<2xi1>
}

//===----------------------------------------------------------------------===//
// Unary ops on constants
//===----------------------------------------------------------------------===//

// -----

// neg([1, -2.5, 0]) = [-1, 2.5, -0]; neg([3, -4]) = [-3, 4]
// CHECK-LABEL: func.func @neg()
// CHECK-DAG: %[[F:.*]] = graph.constant dense<[-1.000000e+00, 2.500000e+00, -0.000000e+00]> : tensor<3xf32>
// CHECK-DAG: %[[I:.*]] = graph.constant dense<[-3, 4]> : tensor<2xi64>
// CHECK-NOT: graph.neg
// CHECK: return %[[F]], %[[I]]
func.func @neg() -> (tensor<3xf32>, tensor<2xi64>) {
  %a = graph.constant dense<[1.0, -2.5, 0.0]> : tensor<3xf32>
  %0 = graph.neg %a : tensor<3xf32>
  %b = graph.constant dense<[3, -4]> : tensor<2xi64>
  %1 = graph.neg %b : tensor<2xi64>
  return %0, %1 : tensor<3xf32>, tensor<2xi64>
}

// -----

// abs([-1.5, 2, -0]) = [1.5, 2, 0]; abs([-3, 4, 0]) = [3, 4, 0]
// CHECK-LABEL: func.func @abs()
// CHECK-DAG: %[[F:.*]] = graph.constant dense<[1.500000e+00, 2.000000e+00, 0.000000e+00]> : tensor<3xf32>
// CHECK-DAG: %[[I:.*]] = graph.constant dense<[3, 4, 0]> : tensor<3xi64>
// CHECK-NOT: graph.abs
// CHECK: return %[[F]], %[[I]]
func.func @abs() -> (tensor<3xf32>, tensor<3xi64>) {
  %a = graph.constant dense<[-1.5, 2.0, -0.0]> : tensor<3xf32>
  %0 = graph.abs %a : tensor<3xf32>
  %b = graph.constant dense<[-3, 4, 0]> : tensor<3xi64>
  %1 = graph.abs %b : tensor<3xi64>
  return %0, %1 : tensor<3xf32>, tensor<3xi64>
}

// -----

// sqrt([4, 2.25, 0]) = [2, 1.5, 0] exactly; sqrt(2) = 1.41421356..., whose
// nearest f32 is 1.41421353816986 (0x3FB504F3), printed 1.41421354.
// sqrt(6.25) = 2.5 in f64.
// CHECK-LABEL: func.func @sqrt()
// CHECK-DAG: %[[F:.*]] = graph.constant dense<[2.000000e+00, 1.500000e+00, 0.000000e+00, 1.41421354]> : tensor<4xf32>
// CHECK-DAG: %[[D:.*]] = graph.constant dense<2.500000e+00> : tensor<f64>
// CHECK-NOT: graph.sqrt
// CHECK: return %[[F]], %[[D]]
func.func @sqrt() -> (tensor<4xf32>, tensor<f64>) {
  %a = graph.constant dense<[4.0, 2.25, 0.0, 2.0]> : tensor<4xf32>
  %0 = graph.sqrt %a : tensor<4xf32>
  %b = graph.constant dense<6.25> : tensor<f64>
  %1 = graph.sqrt %b : tensor<f64>
  return %0, %1 : tensor<4xf32>, tensor<f64>
}

// -----

// 1 / [2, 4, -0.5, 0] = [0.5, 0.25, -2, +inf]
// CHECK-LABEL: func.func @reciprocal()
// CHECK: %[[C:.*]] = graph.constant dense<[5.000000e-01, 2.500000e-01, -2.000000e+00, 0x7F800000]> : tensor<4xf32>
// CHECK-NOT: graph.reciprocal
// CHECK: return %[[C]]
func.func @reciprocal() -> tensor<4xf32> {
  %a = graph.constant dense<[2.0, 4.0, -0.5, 0.0]> : tensor<4xf32>
  %0 = graph.reciprocal %a : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Only f32 and f64 fold (others would round twice).
// CHECK-LABEL: func.func @sqrt_reciprocal_f16_not_folded()
// CHECK: %[[C:.*]] = graph.constant dense<4.000000e+00> : tensor<2xf16>
// CHECK: %[[S:.*]] = graph.sqrt %[[C]] : tensor<2xf16>
// CHECK: %[[R:.*]] = graph.reciprocal %[[C]] : tensor<2xf16>
// CHECK: return %[[S]], %[[R]]
func.func @sqrt_reciprocal_f16_not_folded() -> (tensor<2xf16>, tensor<2xf16>) {
  %a = graph.constant dense<4.0> : tensor<2xf16>
  %0 = graph.sqrt %a : tensor<2xf16>
  %1 = graph.reciprocal %a : tensor<2xf16>
  return %0, %1 : tensor<2xf16>, tensor<2xf16>
}

// -----

// not([T, F]) = [F, T]
// CHECK-LABEL: func.func @not_constant()
// CHECK: %[[C:.*]] = graph.constant dense<[false, true]> : tensor<2xi1>
// CHECK-NOT: graph.not
// CHECK: return %[[C]]
func.func @not_constant() -> tensor<2xi1> {
  %a = graph.constant dense<[true, false]> : tensor<2xi1>
  %0 = graph.not %a : tensor<2xi1>
  return %0 : tensor<2xi1>
}

// -----

// not(not(x)) -> x; not(not(not(x))) -> not(x).
// CHECK-LABEL: func.func @not_not(
// CHECK-SAME: %[[X:[^:]*]]: tensor<?xi1>
// CHECK: %[[N:.*]] = graph.not %[[X]] : tensor<?xi1>
// CHECK-NOT: graph.not
// CHECK: return %[[X]], %[[N]] : tensor<?xi1>, tensor<?xi1>
func.func @not_not(%x: tensor<?xi1>) -> (tensor<?xi1>, tensor<?xi1>) {
  %0 = graph.not %x : tensor<?xi1>
  %1 = graph.not %0 : tensor<?xi1>
  %2 = graph.not %1 : tensor<?xi1>
  return %1, %2 : tensor<?xi1>, tensor<?xi1>
}

//===----------------------------------------------------------------------===//
// identity, and x op (identity element)
//===----------------------------------------------------------------------===//

// -----

// CHECK-LABEL: func.func @identity(
// CHECK-SAME: %[[X:[^:]*]]: tensor<?x3xf32>
// CHECK-DAG: %[[C:.*]] = graph.constant dense<[1, 2]> : tensor<2xi64>
// CHECK-NOT: graph.identity
// CHECK: return %[[X]], %[[C]] : tensor<?x3xf32>, tensor<2xi64>
func.func @identity(%x: tensor<?x3xf32>) -> (tensor<?x3xf32>, tensor<2xi64>) {
  %0 = graph.identity %x : tensor<?x3xf32>
  %1 = graph.identity %0 : tensor<?x3xf32>
  %c = graph.constant dense<[1, 2]> : tensor<2xi64>
  %2 = graph.identity %c : tensor<2xi64>
  return %1, %2 : tensor<?x3xf32>, tensor<2xi64>
}

// -----

// x + 0, 0 + x, x - 0, x * 1, 1 * x, x / 1 are x when the result has x's
// type; the constant may broadcast as long as it does not enlarge x.
// CHECK-LABEL: func.func @identity_element_f32(
// CHECK-SAME: %[[X:[^:]*]]: tensor<2x3xf32>
// CHECK-NOT: graph.
// CHECK: return %[[X]], %[[X]], %[[X]], %[[X]], %[[X]], %[[X]], %[[X]]
func.func @identity_element_f32(%x: tensor<2x3xf32>)
    -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>,
        tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %zero = graph.constant dense<0.0> : tensor<f32>
  %zero_row = graph.constant dense<0.0> : tensor<1x3xf32>
  %neg_zero = graph.constant dense<-0.0> : tensor<3xf32>
  %one = graph.constant dense<1.0> : tensor<2x3xf32>
  %0 = graph.add %x, %zero : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %1 = graph.add %zero_row, %x : (tensor<1x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = graph.add %x, %neg_zero : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %3 = graph.sub %x, %zero : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %4 = graph.mul %x, %one : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %5 = graph.mul %one, %x : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %6 = graph.div %x, %one : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0, %1, %2, %3, %4, %5, %6
      : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>,
        tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// The same on integers, with a dynamic dim against a constant of size 1.
// CHECK-LABEL: func.func @identity_element_i64(
// CHECK-SAME: %[[X:[^:]*]]: tensor<?xi64>
// CHECK-NOT: graph.
// CHECK: return %[[X]], %[[X]], %[[X]], %[[X]], %[[X]]
func.func @identity_element_i64(%x: tensor<?xi64>)
    -> (tensor<?xi64>, tensor<?xi64>, tensor<?xi64>, tensor<?xi64>, tensor<?xi64>) {
  %zero = graph.constant dense<0> : tensor<1xi64>
  %one = graph.constant dense<1> : tensor<i64>
  %0 = graph.add %zero, %x : (tensor<1xi64>, tensor<?xi64>) -> tensor<?xi64>
  %1 = graph.sub %x, %zero : (tensor<?xi64>, tensor<1xi64>) -> tensor<?xi64>
  %2 = graph.mul %one, %x : (tensor<i64>, tensor<?xi64>) -> tensor<?xi64>
  %3 = graph.div %x, %one : (tensor<?xi64>, tensor<i64>) -> tensor<?xi64>
  %4 = graph.mul %x, %one : (tensor<?xi64>, tensor<i64>) -> tensor<?xi64>
  return %0, %1, %2, %3, %4
      : tensor<?xi64>, tensor<?xi64>, tensor<?xi64>, tensor<?xi64>, tensor<?xi64>
}

// -----

// Not folded: broadcasting enlarges x (to 2x3, or to 4 from a `?` that may
// be 1 at run time, even with the result declared `?`); the constant is on
// the wrong side of sub / div; the constant is not the identity element.
// CHECK-LABEL: func.func @identity_element_not_folded(
// CHECK-SAME: %[[X:[^:]*]]: tensor<3xf32>, %[[D:[^:]*]]: tensor<?xf32>
// CHECK-DAG: %[[Z23:.*]] = graph.constant dense<0.000000e+00> : tensor<2x3xf32>
// CHECK-DAG: %[[Z4:.*]] = graph.constant dense<0.000000e+00> : tensor<4xf32>
// CHECK-DAG: %[[O4:.*]] = graph.constant dense<1.000000e+00> : tensor<4xf32>
// CHECK-DAG: %[[ZERO:.*]] = graph.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: %[[ONE:.*]] = graph.constant dense<1.000000e+00> : tensor<f32>
// CHECK-DAG: %[[TWO:.*]] = graph.constant dense<2.000000e+00> : tensor<f32>
// CHECK-DAG: %[[R0:.*]] = graph.add %[[X]], %[[Z23]] : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK-DAG: %[[R1:.*]] = graph.add %[[D]], %[[Z4]] : (tensor<?xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK-DAG: %[[R2:.*]] = graph.mul %[[D]], %[[O4]] : (tensor<?xf32>, tensor<4xf32>) -> tensor<?xf32>
// CHECK-DAG: %[[R3:.*]] = graph.sub %[[ZERO]], %[[X]] : (tensor<f32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-DAG: %[[R4:.*]] = graph.div %[[ONE]], %[[X]] : (tensor<f32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-DAG: %[[R5:.*]] = graph.mul %[[X]], %[[ZERO]] : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
// CHECK-DAG: %[[R6:.*]] = graph.add %[[X]], %[[ONE]] : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
// CHECK-DAG: %[[R7:.*]] = graph.mul %[[X]], %[[TWO]] : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
// CHECK-DAG: %[[R8:.*]] = graph.add %[[D]], %[[Z4]] : (tensor<?xf32>, tensor<4xf32>) -> tensor<?xf32>
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]]
func.func @identity_element_not_folded(%x: tensor<3xf32>, %d: tensor<?xf32>)
    -> (tensor<2x3xf32>, tensor<4xf32>, tensor<?xf32>, tensor<3xf32>,
        tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>,
        tensor<?xf32>) {
  %z23 = graph.constant dense<0.0> : tensor<2x3xf32>
  %z4 = graph.constant dense<0.0> : tensor<4xf32>
  %o4 = graph.constant dense<1.0> : tensor<4xf32>
  %zero = graph.constant dense<0.0> : tensor<f32>
  %one = graph.constant dense<1.0> : tensor<f32>
  %two = graph.constant dense<2.0> : tensor<f32>
  %0 = graph.add %x, %z23 : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = graph.add %d, %z4 : (tensor<?xf32>, tensor<4xf32>) -> tensor<4xf32>
  %2 = graph.mul %d, %o4 : (tensor<?xf32>, tensor<4xf32>) -> tensor<?xf32>
  %3 = graph.sub %zero, %x : (tensor<f32>, tensor<3xf32>) -> tensor<3xf32>
  %4 = graph.div %one, %x : (tensor<f32>, tensor<3xf32>) -> tensor<3xf32>
  %5 = graph.mul %x, %zero : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  %6 = graph.add %x, %one : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  %7 = graph.mul %x, %two : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  %8 = graph.add %d, %z4 : (tensor<?xf32>, tensor<4xf32>) -> tensor<?xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8
      : tensor<2x3xf32>, tensor<4xf32>, tensor<?xf32>, tensor<3xf32>,
        tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>,
        tensor<?xf32>
}

// -----

// The identity test is exact in wide types: 2^100 is not 0 in i128, though
// its low 64 bits are.
// CHECK-LABEL: func.func @identity_element_wide_int(
// CHECK-SAME: %[[X:[^:]*]]: tensor<2xi128>
// CHECK: %[[C:.*]] = graph.constant dense<1267650600228229401496703205376> : tensor<i128>
// CHECK: %[[R:.*]] = graph.add %[[X]], %[[C]] : (tensor<2xi128>, tensor<i128>) -> tensor<2xi128>
// CHECK: return %[[R]]
func.func @identity_element_wide_int(%x: tensor<2xi128>) -> tensor<2xi128> {
  %c = graph.constant dense<1267650600228229401496703205376> : tensor<i128>
  %0 = graph.add %x, %c : (tensor<2xi128>, tensor<i128>) -> tensor<2xi128>
  return %0 : tensor<2xi128>
}

//===----------------------------------------------------------------------===//
// cast
//===----------------------------------------------------------------------===//

// -----

// f32 -> i64 truncates toward zero: -1.7 -> -1, 2.5 -> 2, 3.9 -> 3, -0.5 -> 0
// CHECK-LABEL: func.func @cast_f32_to_i64()
// CHECK: %[[C:.*]] = graph.constant dense<[-1, 2, 3, 0]> : tensor<4xi64>
// CHECK-NOT: graph.cast
// CHECK: return %[[C]]
func.func @cast_f32_to_i64() -> tensor<4xi64> {
  %a = graph.constant dense<[-1.7, 2.5, 3.9, -0.5]> : tensor<4xf32>
  %0 = graph.cast %a {to = i64} : (tensor<4xf32>) -> tensor<4xi64>
  return %0 : tensor<4xi64>
}

// -----

// i64 -> f32: -3 -> -3.0; 2^24 + 1 = 16777217 is halfway between the f32
// neighbours 2^24 and 2^24 + 2 and rounds to even, 2^24 (0x4B800000).
// CHECK-LABEL: func.func @cast_i64_to_f32()
// CHECK: %[[C:.*]] = graph.constant dense<[-3.000000e+00, 0x4B800000]> : tensor<2xf32>
// CHECK-NOT: graph.cast
// CHECK: return %[[C]]
func.func @cast_i64_to_f32() -> tensor<2xf32> {
  %a = graph.constant dense<[-3, 16777217]> : tensor<2xi64>
  %0 = graph.cast %a {to = f32} : (tensor<2xi64>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// f32 -> i1 tests for non-zero: [0, -2, 0.5, -0] -> [F, T, T, F]
// i1 -> f32 gives 0 or 1: [T, F] -> [1, 0]; i1 -> i64: T -> 1 (not -1)
// CHECK-LABEL: func.func @cast_bool()
// CHECK-DAG: %[[B:.*]] = graph.constant dense<[false, true, true, false]> : tensor<4xi1>
// CHECK-DAG: %[[F:.*]] = graph.constant dense<[1.000000e+00, 0.000000e+00]> : tensor<2xf32>
// CHECK-DAG: %[[I:.*]] = graph.constant dense<[1, 0]> : tensor<2xi64>
// CHECK-NOT: graph.cast
// CHECK: return %[[B]], %[[F]], %[[I]]
func.func @cast_bool() -> (tensor<4xi1>, tensor<2xf32>, tensor<2xi64>) {
  %a = graph.constant dense<[0.0, -2.0, 0.5, -0.0]> : tensor<4xf32>
  %0 = graph.cast %a {to = i1} : (tensor<4xf32>) -> tensor<4xi1>
  %p = graph.constant dense<[true, false]> : tensor<2xi1>
  %1 = graph.cast %p {to = f32} : (tensor<2xi1>) -> tensor<2xf32>
  %2 = graph.cast %p {to = i64} : (tensor<2xi1>) -> tensor<2xi64>
  return %0, %1, %2 : tensor<4xi1>, tensor<2xf32>, tensor<2xi64>
}

// -----

// ui8 -> i32 zero-extends: 255 -> 255; i64 -> i8 wraps: 300 - 256 = 44,
// -129 + 256 = 127; f32 -> f16 rounds: 0.1 -> 0.0999755859375, 65536 is
// above the f16 maximum 65504 and becomes +inf (0x7C00).
// CHECK-LABEL: func.func @cast_int_widths()
// CHECK-DAG: %[[U:.*]] = graph.constant dense<[255, 7]> : tensor<2xi32>
// CHECK-DAG: %[[W:.*]] = graph.constant dense<[44, 127]> : tensor<2xi8>
// CHECK-DAG: %[[H:.*]] = graph.constant dense<[9.997550e-02, 0x7C00]> : tensor<2xf16>
// CHECK-NOT: graph.cast
// CHECK: return %[[U]], %[[W]], %[[H]]
func.func @cast_int_widths() -> (tensor<2xi32>, tensor<2xi8>, tensor<2xf16>) {
  %a = graph.constant dense<[255, 7]> : tensor<2xui8>
  %0 = graph.cast %a {to = i32} : (tensor<2xui8>) -> tensor<2xi32>
  %b = graph.constant dense<[300, -129]> : tensor<2xi64>
  %1 = graph.cast %b {to = i8} : (tensor<2xi64>) -> tensor<2xi8>
  %c = graph.constant dense<[0.1, 65536.0]> : tensor<2xf32>
  %2 = graph.cast %c {to = f16} : (tensor<2xf32>) -> tensor<2xf16>
  return %0, %1, %2 : tensor<2xi32>, tensor<2xi8>, tensor<2xf16>
}

// -----

// Out-of-range and NaN float -> int casts are undefined: not folded.
// CHECK-LABEL: func.func @cast_out_of_range_not_folded()
// CHECK-DAG: %[[A:.*]] = graph.constant dense<[-1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-DAG: %[[N:.*]] = graph.constant dense<0x7FC00000> : tensor<f32>
// CHECK-DAG: %[[R0:.*]] = graph.cast %[[A]] {to = ui8} : (tensor<2xf32>) -> tensor<2xui8>
// CHECK-DAG: %[[R1:.*]] = graph.cast %[[N]] {to = i64} : (tensor<f32>) -> tensor<i64>
// CHECK: return %[[R0]], %[[R1]]
func.func @cast_out_of_range_not_folded() -> (tensor<2xui8>, tensor<i64>) {
  %a = graph.constant dense<[-1.0, 2.0]> : tensor<2xf32>
  %0 = graph.cast %a {to = ui8} : (tensor<2xf32>) -> tensor<2xui8>
  %n = graph.constant dense<0x7FC00000> : tensor<f32>
  %1 = graph.cast %n {to = i64} : (tensor<f32>) -> tensor<i64>
  return %0, %1 : tensor<2xui8>, tensor<i64>
}

// -----

// A cast to the input's own type is the input.
// CHECK-LABEL: func.func @cast_same_type(
// CHECK-SAME: %[[X:[^:]*]]: tensor<?x4xf32>, %[[I:[^:]*]]: tensor<i64>
// CHECK-NOT: graph.cast
// CHECK: return %[[X]], %[[I]] : tensor<?x4xf32>, tensor<i64>
func.func @cast_same_type(%x: tensor<?x4xf32>, %i: tensor<i64>) -> (tensor<?x4xf32>, tensor<i64>) {
  %0 = graph.cast %x {to = f32} : (tensor<?x4xf32>) -> tensor<?x4xf32>
  %1 = graph.cast %i {to = i64} : (tensor<i64>) -> tensor<i64>
  return %0, %1 : tensor<?x4xf32>, tensor<i64>
}

// -----

// A cast to another type of a non-constant stays.
// CHECK-LABEL: func.func @cast_kept(
// CHECK-SAME: %[[X:[^:]*]]: tensor<4xf32>
// CHECK: %[[R:.*]] = graph.cast %[[X]] {to = i64} : (tensor<4xf32>) -> tensor<4xi64>
// CHECK: return %[[R]]
func.func @cast_kept(%x: tensor<4xf32>) -> tensor<4xi64> {
  %0 = graph.cast %x {to = i64} : (tensor<4xf32>) -> tensor<4xi64>
  return %0 : tensor<4xi64>
}
