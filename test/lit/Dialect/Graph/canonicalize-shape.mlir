// RUN: dlc-opt %s -canonicalize="test-convergence" -split-input-file | FileCheck %s

// Folders and canonicalization patterns of the shape and data-movement ops.
// Folded constant values are computed by hand.

//===----------------------------------------------------------------------===//
// Identities fold to their input
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @identity_reshape(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3xf32>)
// CHECK-NOT:     graph.
// CHECK:         return %[[X]], %[[X]] : tensor<2x3xf32>, tensor<2x3xf32>
func.func @identity_reshape(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  %s = graph.constant dense<[2, 3]> : tensor<2xi64>
  %0 = graph.reshape %x, %s : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<2x3xf32>
  %t = graph.constant dense<[0, -1]> : tensor<2xi64>
  %1 = graph.reshape %x, %t : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<2x3xf32>
  return %0, %1 : tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// A reshape to a `?` type is not an identity as far as types go.
// CHECK-LABEL: func.func @reshape_to_less_static_type_stays(
// CHECK:         %[[R:.*]] = graph.reshape
// CHECK:         return %[[R]]
func.func @reshape_to_less_static_type_stays(%x: tensor<2x3xf32>) -> tensor<?x3xf32> {
  %s = graph.constant dense<[2, 3]> : tensor<2xi64>
  %0 = graph.reshape %x, %s : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x3xf32>
  return %0 : tensor<?x3xf32>
}

// -----

// CHECK-LABEL: func.func @identity_flatten_squeeze_unsqueeze_expand(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3xf32>)
// CHECK-NOT:     graph.
// CHECK:         return %[[X]], %[[X]], %[[X]], %[[X]], %[[X]]
func.func @identity_flatten_squeeze_unsqueeze_expand(%x: tensor<2x3xf32>)
    -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %0 = graph.flatten %x {axis = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = graph.squeeze %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = graph.unsqueeze %x {axes = array<i64>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %s = graph.constant dense<[1, 3]> : tensor<2xi64>
  %3 = graph.expand %x, %s : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<2x3xf32>
  %c = graph.concat %x {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0, %1, %2, %3, %c : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @identity_transpose(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3x4xf32>)
// CHECK-NOT:     graph.
// CHECK:         return %[[X]]
func.func @identity_transpose(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = graph.transpose %x {perm = array<i64: 0, 1, 2>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// An identity permutation whose declared type differs from the input's
// (here more static) must stay: folding would change the result's type.
// CHECK-LABEL: func.func @identity_transpose_other_type(
// CHECK-SAME:    %[[X:.*]]: tensor<?x3xf32>)
// CHECK:         %[[T:.*]] = graph.transpose %[[X]] {perm = array<i64: 0, 1>} : (tensor<?x3xf32>) -> tensor<2x3xf32>
// CHECK:         return %[[T]] : tensor<2x3xf32>
func.func @identity_transpose_other_type(%x: tensor<?x3xf32>) -> tensor<2x3xf32> {
  %0 = graph.transpose %x {perm = array<i64: 0, 1>} : (tensor<?x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Not identities: the shape changes.
// CHECK-LABEL: func.func @not_identities(
// CHECK:         graph.squeeze
// CHECK:         graph.unsqueeze
// CHECK:         graph.expand
// CHECK:         graph.transpose
func.func @not_identities(%x: tensor<1x3xf32>)
    -> (tensor<3xf32>, tensor<1x1x3xf32>, tensor<2x3xf32>, tensor<3x1xf32>) {
  %0 = graph.squeeze %x : (tensor<1x3xf32>) -> tensor<3xf32>
  %1 = graph.unsqueeze %x {axes = array<i64: 0>} : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
  %s = graph.constant dense<[2, 3]> : tensor<2xi64>
  %2 = graph.expand %x, %s : (tensor<1x3xf32>, tensor<2xi64>) -> tensor<2x3xf32>
  %3 = graph.transpose %x : (tensor<1x3xf32>) -> tensor<3x1xf32>
  return %0, %1, %2, %3 : tensor<3xf32>, tensor<1x1x3xf32>, tensor<2x3xf32>, tensor<3x1xf32>
}

//===----------------------------------------------------------------------===//
// Compositions
//===----------------------------------------------------------------------===//

// -----

// reshape(reshape(x, [6, 4]), [4, 6]) -> reshape(x, [4, 6]).
// CHECK-LABEL: func.func @compose_reshapes(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3x4xf32>)
// CHECK:         %[[S2:.*]] = graph.constant dense<[4, 6]> : tensor<2xi64>
// CHECK-NOT:     graph.reshape
// CHECK:         %[[R:.*]] = graph.reshape %[[X]], %[[S2]] : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<4x6xf32>
// CHECK-NOT:     graph.reshape
// CHECK:         return %[[R]]
func.func @compose_reshapes(%x: tensor<2x3x4xf32>) -> tensor<4x6xf32> {
  %s1 = graph.constant dense<[6, 4]> : tensor<2xi64>
  %0 = graph.reshape %x, %s1 : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<6x4xf32>
  %s2 = graph.constant dense<[4, 6]> : tensor<2xi64>
  %1 = graph.reshape %0, %s2 : (tensor<6x4xf32>, tensor<2xi64>) -> tensor<4x6xf32>
  return %1 : tensor<4x6xf32>
}

// -----

// A chain of three with a -1 collapses into the last; the inner reshapes
// die with their last use.
// CHECK-LABEL: func.func @compose_reshape_chain(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3x4xf32>)
// CHECK:         %[[S:.*]] = graph.constant dense<[-1, 2]> : tensor<2xi64>
// CHECK:         %[[R:.*]] = graph.reshape %[[X]], %[[S]] : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<12x2xf32>
// CHECK-NEXT:    return %[[R]]
func.func @compose_reshape_chain(%x: tensor<2x3x4xf32>) -> tensor<12x2xf32> {
  %s1 = graph.constant dense<[24]> : tensor<1xi64>
  %0 = graph.reshape %x, %s1 : (tensor<2x3x4xf32>, tensor<1xi64>) -> tensor<24xf32>
  %s2 = graph.constant dense<[4, 6]> : tensor<2xi64>
  %1 = graph.reshape %0, %s2 : (tensor<24xf32>, tensor<2xi64>) -> tensor<4x6xf32>
  %s3 = graph.constant dense<[-1, 2]> : tensor<2xi64>
  %2 = graph.reshape %1, %s3 : (tensor<4x6xf32>, tensor<2xi64>) -> tensor<12x2xf32>
  return %2 : tensor<12x2xf32>
}

// -----

// A 0 in the outer shape copies a dim of the intermediate (6, not x's 2):
// no composition. With allowzero the 0 is literal and composing is fine.
// CHECK-LABEL: func.func @compose_reshapes_zero(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x3x4xf32>, %[[Y:[^:]*]]: tensor<0x4xf32>)
// CHECK:         %[[A:.*]] = graph.reshape %[[X]], %{{.*}} : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<6x4xf32>
// CHECK:         %[[B:.*]] = graph.reshape %[[A]], %{{.*}} : (tensor<6x4xf32>, tensor<3xi64>) -> tensor<6x2x2xf32>
// CHECK:         %[[C:.*]] = graph.reshape %[[Y]], %{{.*}} {allowzero = true} : (tensor<0x4xf32>, tensor<2xi64>) -> tensor<4x0xf32>
// CHECK:         return %[[B]], %[[C]]
func.func @compose_reshapes_zero(%x: tensor<2x3x4xf32>, %y: tensor<0x4xf32>) -> (tensor<6x2x2xf32>, tensor<4x0xf32>) {
  %s1 = graph.constant dense<[6, 4]> : tensor<2xi64>
  %0 = graph.reshape %x, %s1 : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<6x4xf32>
  %s2 = graph.constant dense<[0, 2, 2]> : tensor<3xi64>
  %1 = graph.reshape %0, %s2 : (tensor<6x4xf32>, tensor<3xi64>) -> tensor<6x2x2xf32>
  %s3 = graph.constant dense<[2, 0]> : tensor<2xi64>
  %2 = graph.reshape %y, %s3 {allowzero = true} : (tensor<0x4xf32>, tensor<2xi64>) -> tensor<2x0xf32>
  %s4 = graph.constant dense<[4, 0]> : tensor<2xi64>
  %3 = graph.reshape %2, %s4 {allowzero = true} : (tensor<2x0xf32>, tensor<2xi64>) -> tensor<4x0xf32>
  return %1, %3 : tensor<6x2x2xf32>, tensor<4x0xf32>
}

// -----

// transpose(transpose(x, [1, 2, 0]), [0, 2, 1]): result dim i is x dim
// p1[p2[i]], so one transpose with [1, 0, 2]: 2x3x4 -> 3x2x4.
// CHECK-LABEL: func.func @compose_transposes(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3x4xf32>)
// CHECK:         %[[T:.*]] = graph.transpose %[[X]] {perm = array<i64: 1, 0, 2>} : (tensor<2x3x4xf32>) -> tensor<3x2x4xf32>
// CHECK-NEXT:    return %[[T]]
func.func @compose_transposes(%x: tensor<2x3x4xf32>) -> tensor<3x2x4xf32> {
  %0 = graph.transpose %x {perm = array<i64: 1, 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3x4x2xf32>
  %1 = graph.transpose %0 {perm = array<i64: 0, 2, 1>} : (tensor<3x4x2xf32>) -> tensor<3x2x4xf32>
  return %1 : tensor<3x2x4xf32>
}

// -----

// A perm and its inverse cancel; so do two default (reversing) transposes.
// CHECK-LABEL: func.func @cancelling_transposes(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3x4xf32>)
// CHECK-NOT:     graph.transpose
// CHECK:         return %[[X]], %[[X]]
func.func @cancelling_transposes(%x: tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<2x3x4xf32>) {
  %0 = graph.transpose %x {perm = array<i64: 1, 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3x4x2xf32>
  %1 = graph.transpose %0 {perm = array<i64: 2, 0, 1>} : (tensor<3x4x2xf32>) -> tensor<2x3x4xf32>
  %2 = graph.transpose %x : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
  %3 = graph.transpose %2 : (tensor<4x3x2xf32>) -> tensor<2x3x4xf32>
  return %1, %3 : tensor<2x3x4xf32>, tensor<2x3x4xf32>
}

// -----

// The inner transpose keeps its other use.
// CHECK-LABEL: func.func @compose_transposes_multi_use(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3xf32>)
// CHECK:         %[[T:.*]] = graph.transpose %[[X]] {perm = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
// CHECK-NEXT:    return %[[X]], %[[T]]
func.func @compose_transposes_multi_use(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<3x2xf32>) {
  %0 = graph.transpose %x {perm = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %1 = graph.transpose %0 {perm = array<i64: 1, 0>} : (tensor<3x2xf32>) -> tensor<2x3xf32>
  return %1, %0 : tensor<2x3xf32>, tensor<3x2xf32>
}

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

// -----

// Row-major order is kept.
// CHECK-LABEL: func.func @reshape_constant(
// CHECK:         %[[C:.*]] = graph.constant dense<{{\[}}[1, 2], [3, 4], [5, 6]]> : tensor<3x2xi64>
// CHECK-NOT:     graph.reshape
// CHECK:         return %[[C]]
func.func @reshape_constant() -> tensor<3x2xi64> {
  %c = graph.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi64>
  %s = graph.constant dense<[3, 2]> : tensor<2xi64>
  %0 = graph.reshape %c, %s : (tensor<2x3xi64>, tensor<2xi64>) -> tensor<3x2xi64>
  return %0 : tensor<3x2xi64>
}

// -----

// Flatten, squeeze and unsqueeze of constants, and expand of a splat.
// CHECK-LABEL: func.func @shape_only_constants(
// CHECK-DAG:     %[[F:.*]] = graph.constant dense<{{\[}}[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]]> : tensor<1x4xf32>
// CHECK-DAG:     %[[S:.*]] = graph.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>
// CHECK-DAG:     %[[U:.*]] = graph.constant dense<{{\[}}[{{\[}}[1.000000e+00, 2.000000e+00]], {{\[}}[3.000000e+00, 4.000000e+00]]]]> : tensor<1x2x1x2xf32>
// CHECK-DAG:     %[[E:.*]] = graph.constant dense<7> : tensor<3x2xi32>
// CHECK-NOT:     graph.flatten
// CHECK-NOT:     graph.squeeze
// CHECK-NOT:     graph.unsqueeze
// CHECK-NOT:     graph.expand
// CHECK:         return %[[F]], %[[S]], %[[U]], %[[E]]
func.func @shape_only_constants() -> (tensor<1x4xf32>, tensor<4xf32>, tensor<1x2x1x2xf32>, tensor<3x2xi32>) {
  %c = graph.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %0 = graph.flatten %c {axis = 0 : i64} : (tensor<2x2xf32>) -> tensor<1x4xf32>
  %1 = graph.squeeze %0 : (tensor<1x4xf32>) -> tensor<4xf32>
  %2 = graph.unsqueeze %c {axes = array<i64: 0, 2>} : (tensor<2x2xf32>) -> tensor<1x2x1x2xf32>
  %k = graph.constant dense<7> : tensor<1xi32>
  %s = graph.constant dense<[3, 2]> : tensor<2xi64>
  %3 = graph.expand %k, %s : (tensor<1xi32>, tensor<2xi64>) -> tensor<3x2xi32>
  return %0, %1, %2, %3 : tensor<1x4xf32>, tensor<4xf32>, tensor<1x2x1x2xf32>, tensor<3x2xi32>
}

// -----

// Expand of a constant that is not a splat is not folded (it would inflate
// the IR); nor is a reshape whose non-constant shape makes the declared
// type disagree with the constant's element count.
// CHECK-LABEL: func.func @constants_not_folded(
// CHECK:         graph.expand
// CHECK:         graph.reshape
// CHECK:         %[[R:.*]] = graph.reshape %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<7x7xf32>
func.func @constants_not_folded(%s: tensor<2xi64>) -> (tensor<3x2xi32>, tensor<7x7xf32>, tensor<7x7xf32>) {
  %k = graph.constant dense<[1, 2]> : tensor<2xi32>
  %t = graph.constant dense<[3, 2]> : tensor<2xi64>
  %0 = graph.expand %k, %t : (tensor<2xi32>, tensor<2xi64>) -> tensor<3x2xi32>
  %c = graph.constant dense<1.0> : tensor<2x3xf32>
  %1 = graph.reshape %c, %s : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<7x7xf32>
  %d = graph.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %2 = graph.reshape %d, %s : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<7x7xf32>
  return %0, %1, %2 : tensor<3x2xi32>, tensor<7x7xf32>, tensor<7x7xf32>
}

// -----

// Transposes of constants: [[1, 2, 3], [4, 5, 6]] transposed is
// [[1, 4], [2, 5], [3, 6]]. On 2x2x3 with perm [2, 0, 1], result[k][i][j] =
// c[i][j][k]. A splat keeps its value.
// CHECK-LABEL: func.func @transpose_constant(
// CHECK-DAG:     %[[T0:.*]] = graph.constant dense<{{\[}}[1, 4], [2, 5], [3, 6]]> : tensor<3x2xi64>
// CHECK-DAG:     %[[T1:.*]] = graph.constant dense<{{\[}}{{\[}}[1, 4], [7, 10]], {{\[}}[2, 5], [8, 11]], {{\[}}[3, 6], [9, 12]]]> : tensor<3x2x2xi32>
// CHECK-DAG:     %[[T2:.*]] = graph.constant dense<2.500000e+00> : tensor<4x3xf32>
// CHECK-NOT:     graph.transpose
// CHECK:         return %[[T0]], %[[T1]], %[[T2]]
func.func @transpose_constant() -> (tensor<3x2xi64>, tensor<3x2x2xi32>, tensor<4x3xf32>) {
  %c = graph.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi64>
  %0 = graph.transpose %c : (tensor<2x3xi64>) -> tensor<3x2xi64>
  %d = graph.constant dense<[[[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [10, 11, 12]]]> : tensor<2x2x3xi32>
  %1 = graph.transpose %d {perm = array<i64: 2, 0, 1>} : (tensor<2x2x3xi32>) -> tensor<3x2x2xi32>
  %e = graph.constant dense<2.5> : tensor<3x4xf32>
  %2 = graph.transpose %e : (tensor<3x4xf32>) -> tensor<4x3xf32>
  return %0, %1, %2 : tensor<3x2xi64>, tensor<3x2x2xi32>, tensor<4x3xf32>
}

// -----

// graph.shape of static dims is a constant, also when other dims are `?`.
// CHECK-LABEL: func.func @shape_folds(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x3x4xf32>, %[[Y:[^:]*]]: tensor<?x3x4xf32>)
// CHECK-DAG:     %[[ALL:.*]] = graph.constant dense<[2, 3, 4]> : tensor<3xi64>
// CHECK-DAG:     %[[MID:.*]] = graph.constant dense<3> : tensor<1xi64>
// CHECK-DAG:     %[[TAIL:.*]] = graph.constant dense<[3, 4]> : tensor<2xi64>
// CHECK-DAG:     %[[NONE:.*]] = graph.constant dense<> : tensor<0xi64>
// CHECK-DAG:     %[[DYN:.*]] = graph.shape %[[Y]] : (tensor<?x3x4xf32>) -> tensor<3xi64>
// CHECK:         return %[[ALL]], %[[MID]], %[[TAIL]], %[[NONE]], %[[DYN]]
func.func @shape_folds(%x: tensor<2x3x4xf32>, %y: tensor<?x3x4xf32>)
    -> (tensor<3xi64>, tensor<1xi64>, tensor<2xi64>, tensor<0xi64>, tensor<3xi64>) {
  %0 = graph.shape %x : (tensor<2x3x4xf32>) -> tensor<3xi64>
  %1 = graph.shape %x {start = 1 : i64, end = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<1xi64>
  %2 = graph.shape %y {start = -2 : i64} : (tensor<?x3x4xf32>) -> tensor<2xi64>
  %3 = graph.shape %y {start = 2 : i64, end = 1 : i64} : (tensor<?x3x4xf32>) -> tensor<0xi64>
  %4 = graph.shape %y : (tensor<?x3x4xf32>) -> tensor<3xi64>
  return %0, %1, %2, %3, %4 : tensor<3xi64>, tensor<1xi64>, tensor<2xi64>, tensor<0xi64>, tensor<3xi64>
}

// -----

// Slices of constants. [0..9][-1 : INT64_MIN : -2] = [9, 7, 5, 3, 1].
// Columns 1..2 of [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]] are
// [[1, 2], [5, 6], [9, 10]]; rows [2:0:-2] of it and columns [3:INT64_MAX:1]
// give [[11]].
// CHECK-LABEL: func.func @slice_constant(
// CHECK-DAG:     %[[A:.*]] = graph.constant dense<[9, 7, 5, 3, 1]> : tensor<5xi64>
// CHECK-DAG:     %[[B:.*]] = graph.constant dense<{{\[}}[1.000000e+00, 2.000000e+00], [5.000000e+00, 6.000000e+00], [9.000000e+00, 1.000000e+01]]> : tensor<3x2xf32>
// CHECK-DAG:     %[[C:.*]] = graph.constant dense<1.100000e+01> : tensor<1x1xf32>
// CHECK-NOT:     graph.slice
// CHECK:         return %[[A]], %[[B]], %[[C]]
func.func @slice_constant() -> (tensor<5xi64>, tensor<3x2xf32>, tensor<1x1xf32>) {
  %v = graph.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]> : tensor<10xi64>
  %s = graph.constant dense<[-1]> : tensor<1xi64>
  %e = graph.constant dense<[-9223372036854775808]> : tensor<1xi64>
  %k = graph.constant dense<[-2]> : tensor<1xi64>
  %0 = graph.slice %v, %s, %e, steps = %k : (tensor<10xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<5xi64>
  %m = graph.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %s1 = graph.constant dense<[1]> : tensor<1xi32>
  %e1 = graph.constant dense<[3]> : tensor<1xi32>
  %a1 = graph.constant dense<[-1]> : tensor<1xi32>
  %1 = graph.slice %m, %s1, %e1, axes = %a1 : (tensor<3x4xf32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3x2xf32>
  %s2 = graph.constant dense<[2, 3]> : tensor<2xi64>
  %e2 = graph.constant dense<[0, 9223372036854775807]> : tensor<2xi64>
  %k2 = graph.constant dense<[-2, 1]> : tensor<2xi64>
  %2 = graph.slice %m, %s2, %e2, steps = %k2 : (tensor<3x4xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<1x1xf32>
  return %0, %1, %2 : tensor<5xi64>, tensor<3x2xf32>, tensor<1x1xf32>
}

// -----

// Concats of constants: [1, 2] ++ [3] = [1, 2, 3]; along axis 1 (written
// -1), [[1], [2]] ++ [[3, 4], [5, 6]] = [[1, 3, 4], [2, 5, 6]].
// CHECK-LABEL: func.func @concat_constant(
// CHECK-DAG:     %[[A:.*]] = graph.constant dense<[1, 2, 3]> : tensor<3xi64>
// CHECK-DAG:     %[[B:.*]] = graph.constant dense<{{\[}}[1, 3, 4], [2, 5, 6]]> : tensor<2x3xi32>
// CHECK-NOT:     graph.concat
// CHECK:         return %[[A]], %[[B]]
func.func @concat_constant() -> (tensor<3xi64>, tensor<2x3xi32>) {
  %a = graph.constant dense<[1, 2]> : tensor<2xi64>
  %b = graph.constant dense<[3]> : tensor<1xi64>
  %0 = graph.concat %a, %b {axis = 0 : i64} : (tensor<2xi64>, tensor<1xi64>) -> tensor<3xi64>
  %c = graph.constant dense<[[1], [2]]> : tensor<2x1xi32>
  %d = graph.constant dense<[[3, 4], [5, 6]]> : tensor<2x2xi32>
  %1 = graph.concat %c, %d {axis = -1 : i64} : (tensor<2x1xi32>, tensor<2x2xi32>) -> tensor<2x3xi32>
  return %0, %1 : tensor<3xi64>, tensor<2x3xi32>
}

// -----

// A concat with a non-constant input stays.
// CHECK-LABEL: func.func @concat_not_constant(
// CHECK:         graph.concat
func.func @concat_not_constant(%x: tensor<1xi64>) -> tensor<3xi64> {
  %a = graph.constant dense<[1, 2]> : tensor<2xi64>
  %0 = graph.concat %a, %x {axis = 0 : i64} : (tensor<2xi64>, tensor<1xi64>) -> tensor<3xi64>
  return %0 : tensor<3xi64>
}

// -----

// Gathers of constants from [[1, 2], [3, 4], [5, 6]]: rows [2, -3] (-3 is
// 0) are [[5, 6], [1, 2]]; column 1 (scalar index, axis -1) is [2, 4, 6];
// rows [[1], [0]] are [[[3, 4]], [[1, 2]]].
// CHECK-LABEL: func.func @gather_constant(
// CHECK-DAG:     %[[A:.*]] = graph.constant dense<{{\[}}[5, 6], [1, 2]]> : tensor<2x2xi64>
// CHECK-DAG:     %[[B:.*]] = graph.constant dense<[2, 4, 6]> : tensor<3xi64>
// CHECK-DAG:     %[[C:.*]] = graph.constant dense<{{\[}}{{\[}}[3, 4]], {{\[}}[1, 2]]]> : tensor<2x1x2xi64>
// CHECK-NOT:     graph.gather
// CHECK:         return %[[A]], %[[B]], %[[C]]
func.func @gather_constant() -> (tensor<2x2xi64>, tensor<3xi64>, tensor<2x1x2xi64>) {
  %d = graph.constant dense<[[1, 2], [3, 4], [5, 6]]> : tensor<3x2xi64>
  %i = graph.constant dense<[2, -3]> : tensor<2xi64>
  %0 = graph.gather %d, %i : (tensor<3x2xi64>, tensor<2xi64>) -> tensor<2x2xi64>
  %j = graph.constant dense<1> : tensor<i32>
  %1 = graph.gather %d, %j {axis = -1 : i64} : (tensor<3x2xi64>, tensor<i32>) -> tensor<3xi64>
  %k = graph.constant dense<[[1], [0]]> : tensor<2x1xi64>
  %2 = graph.gather %d, %k : (tensor<3x2xi64>, tensor<2x1xi64>) -> tensor<2x1x2xi64>
  return %0, %1, %2 : tensor<2x2xi64>, tensor<3xi64>, tensor<2x1x2xi64>
}

// -----

// An out-of-range index is an error at run time: not folded.
// CHECK-LABEL: func.func @gather_out_of_range(
// CHECK:         graph.gather
func.func @gather_out_of_range() -> tensor<1x2xi64> {
  %d = graph.constant dense<[[1, 2], [3, 4], [5, 6]]> : tensor<3x2xi64>
  %i = graph.constant dense<[3]> : tensor<1xi64>
  %0 = graph.gather %d, %i : (tensor<3x2xi64>, tensor<1xi64>) -> tensor<1x2xi64>
  return %0 : tensor<1x2xi64>
}

//===----------------------------------------------------------------------===//
// The PyTorch flatten idiom
//===----------------------------------------------------------------------===//

// -----

// x.view(x.size(0), -1) exports as Shape -> Slice [0:1] -> Concat with [-1]
// -> Reshape. With x static the shape folds to [2, 3, 4], the slice to [2],
// the concat to [2, -1]: the reshape reads a constant shape.
// CHECK-LABEL: func.func @pytorch_flatten(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3x4xf32>)
// CHECK:         %[[S:.*]] = graph.constant dense<[2, -1]> : tensor<2xi64>
// CHECK-NOT:     graph.shape
// CHECK-NOT:     graph.slice
// CHECK-NOT:     graph.concat
// CHECK:         %[[R:.*]] = graph.reshape %[[X]], %[[S]] : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
// CHECK-NEXT:    return %[[R]]
func.func @pytorch_flatten(%x: tensor<2x3x4xf32>) -> tensor<?x?xf32> {
  %shape = graph.shape %x : (tensor<2x3x4xf32>) -> tensor<3xi64>
  %zero = graph.constant dense<[0]> : tensor<1xi64>
  %one = graph.constant dense<[1]> : tensor<1xi64>
  %batch = graph.slice %shape, %zero, %one, axes = %zero : (tensor<3xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %minus_one = graph.constant dense<[-1]> : tensor<1xi64>
  %target = graph.concat %batch, %minus_one {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
  %0 = graph.reshape %x, %target : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// The same with a dynamic batch dim, via graph.gather of the shape (the
// other export of x.size(0)) and unsqueeze: only the dims the idiom reads
// must be static, and here dim 0 is not, so nothing folds.
// CHECK-LABEL: func.func @pytorch_flatten_dynamic_batch(
// CHECK:         graph.shape
// CHECK:         graph.gather
// CHECK:         graph.unsqueeze
// CHECK:         graph.concat
// CHECK:         graph.reshape
func.func @pytorch_flatten_dynamic_batch(%x: tensor<?x3x4xf32>) -> tensor<?x?xf32> {
  %shape = graph.shape %x : (tensor<?x3x4xf32>) -> tensor<3xi64>
  %zero = graph.constant dense<0> : tensor<i64>
  %batch = graph.gather %shape, %zero : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %b1 = graph.unsqueeze %batch {axes = array<i64: 0>} : (tensor<i64>) -> tensor<1xi64>
  %minus_one = graph.constant dense<[-1]> : tensor<1xi64>
  %target = graph.concat %b1, %minus_one {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
  %0 = graph.reshape %x, %target : (tensor<?x3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// With a static batch dim the gather/unsqueeze form folds too.
// CHECK-LABEL: func.func @pytorch_flatten_gather(
// CHECK-SAME:    %[[X:.*]]: tensor<5x3x4xf32>)
// CHECK:         %[[S:.*]] = graph.constant dense<[5, -1]> : tensor<2xi64>
// CHECK-NEXT:    %[[R:.*]] = graph.reshape %[[X]], %[[S]] : (tensor<5x3x4xf32>, tensor<2xi64>) -> tensor<5x12xf32>
// CHECK-NEXT:    return %[[R]]
func.func @pytorch_flatten_gather(%x: tensor<5x3x4xf32>) -> tensor<5x12xf32> {
  %shape = graph.shape %x : (tensor<5x3x4xf32>) -> tensor<3xi64>
  %zero = graph.constant dense<0> : tensor<i64>
  %batch = graph.gather %shape, %zero : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %b1 = graph.unsqueeze %batch {axes = array<i64: 0>} : (tensor<i64>) -> tensor<1xi64>
  %minus_one = graph.constant dense<[-1]> : tensor<1xi64>
  %target = graph.concat %b1, %minus_one {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
  %0 = graph.reshape %x, %target : (tensor<5x3x4xf32>, tensor<2xi64>) -> tensor<5x12xf32>
  return %0 : tensor<5x12xf32>
}
