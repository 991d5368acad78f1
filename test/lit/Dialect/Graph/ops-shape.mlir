// RUN: dlc-opt %s | dlc-opt | FileCheck %s
// RUN: dlc-opt %s --mlir-print-op-generic | dlc-opt | FileCheck %s

// Round trip of the shape and data-movement ops of the graph dialect. Every
// declared result type is the shape the ONNX spec gives, computed by hand;
// the verifier checks it against the op's own inference.

//===----------------------------------------------------------------------===//
// Reshape
//===----------------------------------------------------------------------===//

// 0 copies dim 0 (2); -1 takes the rest: 24 / 2 = 12.
// CHECK-LABEL: func.func @reshape_zero_and_minus_one(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3x4xf32>) -> tensor<2x12xf32>
// CHECK:         %[[S:.*]] = graph.constant dense<[0, -1]> : tensor<2xi64>
// CHECK:         %[[R:.*]] = graph.reshape %[[X]], %[[S]] : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<2x12xf32>
// CHECK:         return %[[R]] : tensor<2x12xf32>
func.func @reshape_zero_and_minus_one(%x: tensor<2x3x4xf32>) -> tensor<2x12xf32> {
  %s = graph.constant dense<[0, -1]> : tensor<2xi64>
  %0 = graph.reshape %x, %s : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<2x12xf32>
  return %0 : tensor<2x12xf32>
}

// -1 first: the 0 copies input dim 1 (3), so -1 is 24 / (3 * 2) = 4 and
// [-1, 0, 2] on 2x3x4 is 4x3x2.
// CHECK-LABEL: func.func @reshape_minus_one_first(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3x4xf32>)
// CHECK:         %[[S:.*]] = graph.constant dense<[-1, 0, 2]> : tensor<3xi64>
// CHECK:         %[[R:.*]] = graph.reshape %[[X]], %[[S]] : (tensor<2x3x4xf32>, tensor<3xi64>) -> tensor<4x3x2xf32>
// CHECK:         return %[[R]]
func.func @reshape_minus_one_first(%x: tensor<2x3x4xf32>) -> tensor<4x3x2xf32> {
  %s = graph.constant dense<[-1, 0, 2]> : tensor<3xi64>
  %0 = graph.reshape %x, %s : (tensor<2x3x4xf32>, tensor<3xi64>) -> tensor<4x3x2xf32>
  return %0 : tensor<4x3x2xf32>
}

// With allowzero a 0 is a literal size 0: [3, 0] on an empty 0x3 tensor is
// 3x0 (without allowzero the 0 would copy the 3 and the counts differ).
// CHECK-LABEL: func.func @reshape_allowzero(
// CHECK-SAME:    %[[X:.*]]: tensor<0x3xf32>)
// CHECK:         %[[S:.*]] = graph.constant dense<[3, 0]> : tensor<2xi64>
// CHECK:         %[[R:.*]] = graph.reshape %[[X]], %[[S]] {allowzero = true} : (tensor<0x3xf32>, tensor<2xi64>) -> tensor<3x0xf32>
// CHECK:         return %[[R]]
func.func @reshape_allowzero(%x: tensor<0x3xf32>) -> tensor<3x0xf32> {
  %s = graph.constant dense<[3, 0]> : tensor<2xi64>
  %0 = graph.reshape %x, %s {allowzero = true} : (tensor<0x3xf32>, tensor<2xi64>) -> tensor<3x0xf32>
  return %0 : tensor<3x0xf32>
}

// allowzero without any 0 entry is a plain reshape.
// CHECK-LABEL: func.func @reshape_allowzero_no_zero(
// CHECK:         graph.reshape %{{.*}}, %{{.*}} {allowzero = true} : (tensor<2x3xi32>, tensor<2xi64>) -> tensor<3x2xi32>
func.func @reshape_allowzero_no_zero(%x: tensor<2x3xi32>) -> tensor<3x2xi32> {
  %s = graph.constant dense<[3, -1]> : tensor<2xi64>
  %0 = graph.reshape %x, %s {allowzero = true} : (tensor<2x3xi32>, tensor<2xi64>) -> tensor<3x2xi32>
  return %0 : tensor<3x2xi32>
}

// A shape that is not a constant: one `?` per entry of the shape vector.
// CHECK-LABEL: func.func @reshape_dynamic_shape(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3x4xf32>, %[[S:.*]]: tensor<3xi64>) -> tensor<?x?x?xf32>
// CHECK:         %[[R:.*]] = graph.reshape %[[X]], %[[S]] : (tensor<2x3x4xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
// CHECK:         return %[[R]]
func.func @reshape_dynamic_shape(%x: tensor<2x3x4xf32>, %s: tensor<3xi64>) -> tensor<?x?x?xf32> {
  %0 = graph.reshape %x, %s : (tensor<2x3x4xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  return %0 : tensor<?x?x?xf32>
}

// A dynamic input dim: a 0 copies the `?`, and -1 cannot be computed.
// CHECK-LABEL: func.func @reshape_dynamic_input(
// CHECK:         graph.reshape %{{.*}}, %{{.*}} : (tensor<?x4xf32>, tensor<3xi64>) -> tensor<?x2x2xf32>
// CHECK:         graph.reshape %{{.*}}, %{{.*}} : (tensor<?x4xf32>, tensor<2xi64>) -> tensor<?x2xf32>
func.func @reshape_dynamic_input(%x: tensor<?x4xf32>) -> (tensor<?x2x2xf32>, tensor<?x2xf32>) {
  %s0 = graph.constant dense<[0, 2, 2]> : tensor<3xi64>
  %0 = graph.reshape %x, %s0 : (tensor<?x4xf32>, tensor<3xi64>) -> tensor<?x2x2xf32>
  %s1 = graph.constant dense<[-1, 2]> : tensor<2xi64>
  %1 = graph.reshape %x, %s1 : (tensor<?x4xf32>, tensor<2xi64>) -> tensor<?x2xf32>
  return %0, %1 : tensor<?x2x2xf32>, tensor<?x2xf32>
}

// An empty shape makes a one-element tensor a scalar.
// CHECK-LABEL: func.func @reshape_to_scalar(
// CHECK:         %[[S:.*]] = graph.constant dense<> : tensor<0xi64>
// CHECK:         graph.reshape %{{.*}}, %[[S]] : (tensor<1x1xf32>, tensor<0xi64>) -> tensor<f32>
func.func @reshape_to_scalar(%x: tensor<1x1xf32>) -> tensor<f32> {
  %s = graph.constant dense<> : tensor<0xi64>
  %0 = graph.reshape %x, %s : (tensor<1x1xf32>, tensor<0xi64>) -> tensor<f32>
  return %0 : tensor<f32>
}

//===----------------------------------------------------------------------===//
// Transpose
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @transpose_perm(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3x4xf32>)
// CHECK:         %[[R:.*]] = graph.transpose %[[X]] {perm = array<i64: 0, 2, 1>} : (tensor<2x3x4xf32>) -> tensor<2x4x3xf32>
// CHECK:         return %[[R]]
func.func @transpose_perm(%x: tensor<2x3x4xf32>) -> tensor<2x4x3xf32> {
  %0 = graph.transpose %x {perm = array<i64: 0, 2, 1>} : (tensor<2x3x4xf32>) -> tensor<2x4x3xf32>
  return %0 : tensor<2x4x3xf32>
}

// Without perm the dims are reversed.
// CHECK-LABEL: func.func @transpose_no_perm(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3x4xf32>)
// CHECK:         %[[R:.*]] = graph.transpose %[[X]] : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
// CHECK:         return %[[R]]
func.func @transpose_no_perm(%x: tensor<2x3x4xf32>) -> tensor<4x3x2xf32> {
  %0 = graph.transpose %x : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
  return %0 : tensor<4x3x2xf32>
}

// Dynamic dims move with their dim.
// CHECK-LABEL: func.func @transpose_dynamic(
// CHECK:         graph.transpose %{{.*}} {perm = array<i64: 1, 2, 0>} : (tensor<?x5x6xi64>) -> tensor<5x6x?xi64>
func.func @transpose_dynamic(%x: tensor<?x5x6xi64>) -> tensor<5x6x?xi64> {
  %0 = graph.transpose %x {perm = array<i64: 1, 2, 0>} : (tensor<?x5x6xi64>) -> tensor<5x6x?xi64>
  return %0 : tensor<5x6x?xi64>
}

//===----------------------------------------------------------------------===//
// Flatten
//===----------------------------------------------------------------------===//

// axis 0: 1 x (2*3*4); axis 1 (the default): 2 x 12; axis = rank: 24 x 1;
// axis -1 (= 2): 6 x 4; axis -3 (= 0): 1 x 24.
// CHECK-LABEL: func.func @flatten(
// CHECK-SAME:    %[[X:.*]]: tensor<2x3x4xf32>)
// CHECK:         %[[A0:.*]] = graph.flatten %[[X]] {axis = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<1x24xf32>
// CHECK:         %[[A1:.*]] = graph.flatten %[[X]] : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
// CHECK:         %[[A3:.*]] = graph.flatten %[[X]] {axis = 3 : i64} : (tensor<2x3x4xf32>) -> tensor<24x1xf32>
// CHECK:         %[[AM1:.*]] = graph.flatten %[[X]] {axis = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
// CHECK:         %[[AM3:.*]] = graph.flatten %[[X]] {axis = -3 : i64} : (tensor<2x3x4xf32>) -> tensor<1x24xf32>
// CHECK:         return %[[A0]], %[[A1]], %[[A3]], %[[AM1]], %[[AM3]]
func.func @flatten(%x: tensor<2x3x4xf32>)
    -> (tensor<1x24xf32>, tensor<2x12xf32>, tensor<24x1xf32>, tensor<6x4xf32>, tensor<1x24xf32>) {
  %0 = graph.flatten %x {axis = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<1x24xf32>
  %1 = graph.flatten %x : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
  %2 = graph.flatten %x {axis = 3 : i64} : (tensor<2x3x4xf32>) -> tensor<24x1xf32>
  %3 = graph.flatten %x {axis = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
  %4 = graph.flatten %x {axis = -3 : i64} : (tensor<2x3x4xf32>) -> tensor<1x24xf32>
  return %0, %1, %2, %3, %4
      : tensor<1x24xf32>, tensor<2x12xf32>, tensor<24x1xf32>, tensor<6x4xf32>, tensor<1x24xf32>
}

// An explicit axis = 1 is the default and prints as none. A `?` makes its
// side of the product `?`.
// CHECK-LABEL: func.func @flatten_default_and_dynamic(
// CHECK:         graph.flatten %{{.*}} : (tensor<?x3x4xf32>) -> tensor<?x12xf32>
// CHECK:         graph.flatten %{{.*}} {axis = 2 : i64} : (tensor<?x3x4xf32>) -> tensor<?x4xf32>
// CHECK:         graph.flatten %{{.*}} {axis = 0 : i64} : (tensor<f32>) -> tensor<1x1xf32>
func.func @flatten_default_and_dynamic(%x: tensor<?x3x4xf32>, %s: tensor<f32>)
    -> (tensor<?x12xf32>, tensor<?x4xf32>, tensor<1x1xf32>) {
  %0 = graph.flatten %x {axis = 1 : i64} : (tensor<?x3x4xf32>) -> tensor<?x12xf32>
  %1 = graph.flatten %x {axis = 2 : i64} : (tensor<?x3x4xf32>) -> tensor<?x4xf32>
  %2 = graph.flatten %s {axis = 0 : i64} : (tensor<f32>) -> tensor<1x1xf32>
  return %0, %1, %2 : tensor<?x12xf32>, tensor<?x4xf32>, tensor<1x1xf32>
}

//===----------------------------------------------------------------------===//
// Squeeze, Unsqueeze
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @squeeze(
// CHECK-SAME:    %[[X:.*]]: tensor<1x3x1x4xf32>
// CHECK:         %[[A:.*]] = graph.squeeze %[[X]] {axes = array<i64: 0, 2>} : (tensor<1x3x1x4xf32>) -> tensor<3x4xf32>
// CHECK:         %[[N:.*]] = graph.squeeze %[[X]] : (tensor<1x3x1x4xf32>) -> tensor<3x4xf32>
// CHECK:         %[[M:.*]] = graph.squeeze %[[X]] {axes = array<i64: -2>} : (tensor<1x3x1x4xf32>) -> tensor<1x3x4xf32>
// CHECK:         return %[[A]], %[[N]], %[[M]]
func.func @squeeze(%x: tensor<1x3x1x4xf32>) -> (tensor<3x4xf32>, tensor<3x4xf32>, tensor<1x3x4xf32>) {
  %0 = graph.squeeze %x {axes = array<i64: 0, 2>} : (tensor<1x3x1x4xf32>) -> tensor<3x4xf32>
  %1 = graph.squeeze %x : (tensor<1x3x1x4xf32>) -> tensor<3x4xf32>
  %2 = graph.squeeze %x {axes = array<i64: -2>} : (tensor<1x3x1x4xf32>) -> tensor<1x3x4xf32>
  return %0, %1, %2 : tensor<3x4xf32>, tensor<3x4xf32>, tensor<1x3x4xf32>
}

// Without axes only dims known to be 1 go; a named `?` dim is taken to be 1.
// CHECK-LABEL: func.func @squeeze_dynamic(
// CHECK:         graph.squeeze %{{.*}} : (tensor<1x?x1xf32>) -> tensor<?xf32>
// CHECK:         graph.squeeze %{{.*}} {axes = array<i64: 1>} : (tensor<1x?x1xf32>) -> tensor<1x1xf32>
func.func @squeeze_dynamic(%x: tensor<1x?x1xf32>) -> (tensor<?xf32>, tensor<1x1xf32>) {
  %0 = graph.squeeze %x : (tensor<1x?x1xf32>) -> tensor<?xf32>
  %1 = graph.squeeze %x {axes = array<i64: 1>} : (tensor<1x?x1xf32>) -> tensor<1x1xf32>
  return %0, %1 : tensor<?xf32>, tensor<1x1xf32>
}

// Unsqueeze axes index the result (rank 2 + 2 = 4): [0, 3] and [-1, 0]
// (-1 = 3) both give 1x3x4x1; [1, -2] (-2 = 2) gives 3x1x1x4.
// CHECK-LABEL: func.func @unsqueeze(
// CHECK-SAME:    %[[X:.*]]: tensor<3x4xf32>
// CHECK:         %[[A:.*]] = graph.unsqueeze %[[X]] {axes = array<i64: 0, 3>} : (tensor<3x4xf32>) -> tensor<1x3x4x1xf32>
// CHECK:         %[[B:.*]] = graph.unsqueeze %[[X]] {axes = array<i64: -1, 0>} : (tensor<3x4xf32>) -> tensor<1x3x4x1xf32>
// CHECK:         %[[C:.*]] = graph.unsqueeze %[[X]] {axes = array<i64: 1, -2>} : (tensor<3x4xf32>) -> tensor<3x1x1x4xf32>
// CHECK:         %[[D:.*]] = graph.unsqueeze %[[X]] {axes = array<i64: -1>} : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
// CHECK:         return %[[A]], %[[B]], %[[C]], %[[D]]
func.func @unsqueeze(%x: tensor<3x4xf32>)
    -> (tensor<1x3x4x1xf32>, tensor<1x3x4x1xf32>, tensor<3x1x1x4xf32>, tensor<3x4x1xf32>) {
  %0 = graph.unsqueeze %x {axes = array<i64: 0, 3>} : (tensor<3x4xf32>) -> tensor<1x3x4x1xf32>
  %1 = graph.unsqueeze %x {axes = array<i64: -1, 0>} : (tensor<3x4xf32>) -> tensor<1x3x4x1xf32>
  %2 = graph.unsqueeze %x {axes = array<i64: 1, -2>} : (tensor<3x4xf32>) -> tensor<3x1x1x4xf32>
  %3 = graph.unsqueeze %x {axes = array<i64: -1>} : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
  return %0, %1, %2, %3 : tensor<1x3x4x1xf32>, tensor<1x3x4x1xf32>, tensor<3x1x1x4xf32>, tensor<3x4x1xf32>
}

// CHECK-LABEL: func.func @unsqueeze_scalar_and_dynamic(
// CHECK:         graph.unsqueeze %{{.*}} {axes = array<i64: 0>} : (tensor<i64>) -> tensor<1xi64>
// CHECK:         graph.unsqueeze %{{.*}} {axes = array<i64: -3>} : (tensor<?x2xi64>) -> tensor<1x?x2xi64>
func.func @unsqueeze_scalar_and_dynamic(%s: tensor<i64>, %x: tensor<?x2xi64>) -> (tensor<1xi64>, tensor<1x?x2xi64>) {
  %0 = graph.unsqueeze %s {axes = array<i64: 0>} : (tensor<i64>) -> tensor<1xi64>
  %1 = graph.unsqueeze %x {axes = array<i64: -3>} : (tensor<?x2xi64>) -> tensor<1x?x2xi64>
  return %0, %1 : tensor<1xi64>, tensor<1x?x2xi64>
}

//===----------------------------------------------------------------------===//
// Concat, Split
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @concat(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<2x3xf32>, %[[B:[^:]*]]: tensor<2x5xf32>, %[[C:[^:]*]]: tensor<2x1xf32>, %[[D:[^:]*]]: tensor<4x3xf32>)
// CHECK:         %[[ONE:.*]] = graph.concat %[[A]] {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK:         %[[THREE:.*]] = graph.concat %[[A]], %[[B]], %[[C]] {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x5xf32>, tensor<2x1xf32>) -> tensor<2x9xf32>
// CHECK:         %[[NEG1:.*]] = graph.concat %[[A]], %[[B]] {axis = -1 : i64} : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
// CHECK:         %[[NEG2:.*]] = graph.concat %[[A]], %[[D]] {axis = -2 : i64} : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<6x3xf32>
// CHECK:         return %[[ONE]], %[[THREE]], %[[NEG1]], %[[NEG2]]
func.func @concat(%a: tensor<2x3xf32>, %b: tensor<2x5xf32>, %c: tensor<2x1xf32>, %d: tensor<4x3xf32>)
    -> (tensor<2x3xf32>, tensor<2x9xf32>, tensor<2x8xf32>, tensor<6x3xf32>) {
  %0 = graph.concat %a {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = graph.concat %a, %b, %c {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x5xf32>, tensor<2x1xf32>) -> tensor<2x9xf32>
  %2 = graph.concat %a, %b {axis = -1 : i64} : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
  %3 = graph.concat %a, %d {axis = -2 : i64} : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<6x3xf32>
  return %0, %1, %2, %3 : tensor<2x3xf32>, tensor<2x9xf32>, tensor<2x8xf32>, tensor<6x3xf32>
}

// A `?` along the axis makes the sum `?`; a `?` elsewhere takes the size
// another input knows.
// CHECK-LABEL: func.func @concat_dynamic(
// CHECK:         graph.concat %{{.*}}, %{{.*}} {axis = 0 : i64} : (tensor<?x3xi64>, tensor<2x3xi64>) -> tensor<?x3xi64>
// CHECK:         graph.concat %{{.*}}, %{{.*}} {axis = 1 : i64} : (tensor<?x3xi64>, tensor<2x?xi64>) -> tensor<2x?xi64>
func.func @concat_dynamic(%a: tensor<?x3xi64>, %b: tensor<2x3xi64>, %c: tensor<2x?xi64>)
    -> (tensor<?x3xi64>, tensor<2x?xi64>) {
  %0 = graph.concat %a, %b {axis = 0 : i64} : (tensor<?x3xi64>, tensor<2x3xi64>) -> tensor<?x3xi64>
  %1 = graph.concat %a, %c {axis = 1 : i64} : (tensor<?x3xi64>, tensor<2x?xi64>) -> tensor<2x?xi64>
  return %0, %1 : tensor<?x3xi64>, tensor<2x?xi64>
}

// CHECK-LABEL: func.func @split_two(
// CHECK-SAME:    %[[X:.*]]: tensor<3x6xf32>)
// CHECK:         %[[S:.*]]:2 = graph.split %[[X]] {axis = 1 : i64, split = array<i64: 2, 4>} : (tensor<3x6xf32>) -> (tensor<3x2xf32>, tensor<3x4xf32>)
// CHECK:         return %[[S]]#0, %[[S]]#1
func.func @split_two(%x: tensor<3x6xf32>) -> (tensor<3x2xf32>, tensor<3x4xf32>) {
  %0:2 = graph.split %x {axis = 1 : i64, split = array<i64: 2, 4>} : (tensor<3x6xf32>) -> (tensor<3x2xf32>, tensor<3x4xf32>)
  return %0#0, %0#1 : tensor<3x2xf32>, tensor<3x4xf32>
}

// The default axis is 0; a piece may be empty.
// CHECK-LABEL: func.func @split_three(
// CHECK-SAME:    %[[X:.*]]: tensor<6x4xf32>)
// CHECK:         %[[S:.*]]:3 = graph.split %[[X]] {split = array<i64: 1, 2, 3>} : (tensor<6x4xf32>) -> (tensor<1x4xf32>, tensor<2x4xf32>, tensor<3x4xf32>)
// CHECK:         %[[E:.*]]:3 = graph.split %[[X]] {axis = -1 : i64, split = array<i64: 0, 3, 1>} : (tensor<6x4xf32>) -> (tensor<6x0xf32>, tensor<6x3xf32>, tensor<6x1xf32>)
// CHECK:         return %[[S]]#0, %[[S]]#1, %[[S]]#2, %[[E]]#0
func.func @split_three(%x: tensor<6x4xf32>)
    -> (tensor<1x4xf32>, tensor<2x4xf32>, tensor<3x4xf32>, tensor<6x0xf32>) {
  %0:3 = graph.split %x {split = array<i64: 1, 2, 3>} : (tensor<6x4xf32>) -> (tensor<1x4xf32>, tensor<2x4xf32>, tensor<3x4xf32>)
  %1:3 = graph.split %x {axis = -1 : i64, split = array<i64: 0, 3, 1>} : (tensor<6x4xf32>) -> (tensor<6x0xf32>, tensor<6x3xf32>, tensor<6x1xf32>)
  return %0#0, %0#1, %0#2, %1#0 : tensor<1x4xf32>, tensor<2x4xf32>, tensor<3x4xf32>, tensor<6x0xf32>
}

// A `?` split dim takes the sizes as given.
// CHECK-LABEL: func.func @split_dynamic(
// CHECK:         graph.split %{{.*}} {split = array<i64: 2, 2>} : (tensor<?x4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>)
func.func @split_dynamic(%x: tensor<?x4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>) {
  %0:2 = graph.split %x {split = array<i64: 2, 2>} : (tensor<?x4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>)
  return %0#0, %0#1 : tensor<2x4xf32>, tensor<2x4xf32>
}

//===----------------------------------------------------------------------===//
// Slice
//===----------------------------------------------------------------------===//

// [0:5] along axis 1 of 4x10: 4x5.
// CHECK-LABEL: func.func @slice_axes(
// CHECK-SAME:    %[[X:.*]]: tensor<4x10xf32>)
// CHECK:         %[[S:.*]] = graph.constant dense<0> : tensor<1xi64>
// CHECK:         %[[E:.*]] = graph.constant dense<5> : tensor<1xi64>
// CHECK:         %[[A:.*]] = graph.constant dense<1> : tensor<1xi64>
// CHECK:         %[[R:.*]] = graph.slice %[[X]], %[[S]], %[[E]], axes = %[[A]] : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4x5xf32>
// CHECK:         return %[[R]]
func.func @slice_axes(%x: tensor<4x10xf32>) -> tensor<4x5xf32> {
  %s = graph.constant dense<[0]> : tensor<1xi64>
  %e = graph.constant dense<[5]> : tensor<1xi64>
  %a = graph.constant dense<[1]> : tensor<1xi64>
  %0 = graph.slice %x, %s, %e, axes = %a : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4x5xf32>
  return %0 : tensor<4x5xf32>
}

// Negative start -3 is 7; an INT64_MAX end clamps to 10: 3 elements. The
// negative axis -1 is axis 1.
// CHECK-LABEL: func.func @slice_negative_start_int64_max_end(
// CHECK-SAME:    %[[X:.*]]: tensor<4x10xf32>)
// CHECK:         %[[S:.*]] = graph.constant dense<-3> : tensor<1xi64>
// CHECK:         %[[E:.*]] = graph.constant dense<9223372036854775807> : tensor<1xi64>
// CHECK:         %[[A:.*]] = graph.constant dense<-1> : tensor<1xi64>
// CHECK:         %[[R:.*]] = graph.slice %[[X]], %[[S]], %[[E]], axes = %[[A]] : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4x3xf32>
// CHECK:         return %[[R]]
func.func @slice_negative_start_int64_max_end(%x: tensor<4x10xf32>) -> tensor<4x3xf32> {
  %s = graph.constant dense<[-3]> : tensor<1xi64>
  %e = graph.constant dense<[9223372036854775807]> : tensor<1xi64>
  %a = graph.constant dense<[-1]> : tensor<1xi64>
  %0 = graph.slice %x, %s, %e, axes = %a : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// Reversal: start -1 is 9, end INT64_MIN clamps to -1, step -1: 10
// elements; step -2 from 9: 9, 7, 5, 3, 1 = 5; [8:2:-3]: 8, 5 = 2.
// CHECK-LABEL: func.func @slice_negative_steps(
// CHECK-SAME:    %[[X:.*]]: tensor<10xi32>)
// CHECK:         %[[S:.*]] = graph.constant dense<-1> : tensor<1xi64>
// CHECK:         %[[E:.*]] = graph.constant dense<-9223372036854775808> : tensor<1xi64>
// CHECK:         %[[A:.*]] = graph.constant dense<0> : tensor<1xi64>
// CHECK:         %[[M1:.*]] = graph.constant dense<-1> : tensor<1xi64>
// CHECK:         %[[M2:.*]] = graph.constant dense<-2> : tensor<1xi64>
// CHECK:         %[[R0:.*]] = graph.slice %[[X]], %[[S]], %[[E]], axes = %[[A]], steps = %[[M1]] : (tensor<10xi32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<10xi32>
// CHECK:         %[[R1:.*]] = graph.slice %[[X]], %[[S]], %[[E]], axes = %[[A]], steps = %[[M2]] : (tensor<10xi32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<5xi32>
// CHECK:         %[[R2:.*]] = graph.slice %[[X]], %{{.*}}, %{{.*}}, steps = %{{.*}} : (tensor<10xi32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<2xi32>
// CHECK:         return %[[R0]], %[[R1]], %[[R2]]
func.func @slice_negative_steps(%x: tensor<10xi32>) -> (tensor<10xi32>, tensor<5xi32>, tensor<2xi32>) {
  %s = graph.constant dense<[-1]> : tensor<1xi64>
  %e = graph.constant dense<[-9223372036854775808]> : tensor<1xi64>
  %a = graph.constant dense<[0]> : tensor<1xi64>
  %m1 = graph.constant dense<[-1]> : tensor<1xi64>
  %m2 = graph.constant dense<[-2]> : tensor<1xi64>
  %0 = graph.slice %x, %s, %e, axes = %a, steps = %m1 : (tensor<10xi32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<10xi32>
  %1 = graph.slice %x, %s, %e, axes = %a, steps = %m2 : (tensor<10xi32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<5xi32>
  %s8 = graph.constant dense<[8]> : tensor<1xi64>
  %e2 = graph.constant dense<[2]> : tensor<1xi64>
  %m3 = graph.constant dense<[-3]> : tensor<1xi64>
  %2 = graph.slice %x, %s8, %e2, steps = %m3 : (tensor<10xi32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<2xi32>
  return %0, %1, %2 : tensor<10xi32>, tensor<5xi32>, tensor<2xi32>
}

// Steps without axes (axes are 0, 1): [1:3] is 2, [0:10:3] is 0, 3, 6, 9 = 4.
// Neither axes nor steps: [1:3] on axis 0 only. i32 bounds are accepted.
// CHECK-LABEL: func.func @slice_optional_operands(
// CHECK-SAME:    %[[X:.*]]: tensor<4x10xf32>)
// CHECK:         %[[S:.*]] = graph.constant dense<[1, 0]> : tensor<2xi64>
// CHECK:         %[[E:.*]] = graph.constant dense<[3, 10]> : tensor<2xi64>
// CHECK:         %[[K:.*]] = graph.constant dense<[1, 3]> : tensor<2xi64>
// CHECK:         %[[R0:.*]] = graph.slice %[[X]], %[[S]], %[[E]], steps = %[[K]] : (tensor<4x10xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<2x4xf32>
// CHECK:         %[[S1:.*]] = graph.constant dense<1> : tensor<1xi32>
// CHECK:         %[[E1:.*]] = graph.constant dense<3> : tensor<1xi32>
// CHECK:         %[[R1:.*]] = graph.slice %[[X]], %[[S1]], %[[E1]] : (tensor<4x10xf32>, tensor<1xi32>, tensor<1xi32>) -> tensor<2x10xf32>
// CHECK:         return %[[R0]], %[[R1]]
func.func @slice_optional_operands(%x: tensor<4x10xf32>) -> (tensor<2x4xf32>, tensor<2x10xf32>) {
  %s = graph.constant dense<[1, 0]> : tensor<2xi64>
  %e = graph.constant dense<[3, 10]> : tensor<2xi64>
  %k = graph.constant dense<[1, 3]> : tensor<2xi64>
  %0 = graph.slice %x, %s, %e, steps = %k : (tensor<4x10xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<2x4xf32>
  %s1 = graph.constant dense<[1]> : tensor<1xi32>
  %e1 = graph.constant dense<[3]> : tensor<1xi32>
  %1 = graph.slice %x, %s1, %e1 : (tensor<4x10xf32>, tensor<1xi32>, tensor<1xi32>) -> tensor<2x10xf32>
  return %0, %1 : tensor<2x4xf32>, tensor<2x10xf32>
}

// Extreme steps: [0:5:INT64_MAX] is element 0 only; [5:0:INT64_MIN] is
// element 5 only; a negative step over an empty dim gives nothing.
// CHECK-LABEL: func.func @slice_extreme_steps(
// CHECK:         graph.slice %{{.*}}, %{{.*}}, %{{.*}}, steps = %{{.*}} : (tensor<10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<1xf32>
// CHECK:         graph.slice %{{.*}}, %{{.*}}, %{{.*}}, steps = %{{.*}} : (tensor<10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<1xf32>
// CHECK:         graph.slice %{{.*}}, %{{.*}}, %{{.*}}, steps = %{{.*}} : (tensor<0xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<0xf32>
func.func @slice_extreme_steps(%x: tensor<10xf32>, %y: tensor<0xf32>) -> (tensor<1xf32>, tensor<1xf32>, tensor<0xf32>) {
  %c0 = graph.constant dense<[0]> : tensor<1xi64>
  %c5 = graph.constant dense<[5]> : tensor<1xi64>
  %max = graph.constant dense<[9223372036854775807]> : tensor<1xi64>
  %min = graph.constant dense<[-9223372036854775808]> : tensor<1xi64>
  %m1 = graph.constant dense<[-1]> : tensor<1xi64>
  %0 = graph.slice %x, %c0, %c5, steps = %max : (tensor<10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<1xf32>
  %1 = graph.slice %x, %c5, %c0, steps = %min : (tensor<10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<1xf32>
  %2 = graph.slice %y, %c5, %c0, steps = %m1 : (tensor<0xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<0xf32>
  return %0, %1, %2 : tensor<1xf32>, tensor<1xf32>, tensor<0xf32>
}

// Out-of-range bounds clamp: [20:30] is empty, [-20:2] is [0:2].
// CHECK-LABEL: func.func @slice_clamped(
// CHECK:         graph.slice %{{.*}}, %{{.*}}, %{{.*}}, axes = %{{.*}} : (tensor<4x10xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<2x0xf32>
func.func @slice_clamped(%x: tensor<4x10xf32>) -> tensor<2x0xf32> {
  %s = graph.constant dense<[20, -20]> : tensor<2xi64>
  %e = graph.constant dense<[30, 2]> : tensor<2xi64>
  %a = graph.constant dense<[1, 0]> : tensor<2xi64>
  %0 = graph.slice %x, %s, %e, axes = %a : (tensor<4x10xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<2x0xf32>
  return %0 : tensor<2x0xf32>
}

// Non-constant bounds: the sliced dim is `?`; non-constant axes: every dim
// is `?`; a `?` data dim stays `?`.
// CHECK-LABEL: func.func @slice_dynamic(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<4x10xf32>, %[[S:[^:]*]]: tensor<1xi64>, %[[A:[^:]*]]: tensor<1xi64>, %[[Y:[^:]*]]: tensor<?x10xf32>)
// CHECK:         %[[E:.*]] = graph.constant dense<5> : tensor<1xi64>
// CHECK:         %[[C1:.*]] = graph.constant dense<1> : tensor<1xi64>
// CHECK:         %[[R0:.*]] = graph.slice %[[X]], %[[S]], %[[E]], axes = %[[C1]] : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4x?xf32>
// CHECK:         %[[R1:.*]] = graph.slice %[[X]], %[[C1]], %[[E]], axes = %[[A]] : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x?xf32>
// CHECK:         %[[R2:.*]] = graph.slice %[[Y]], %[[C1]], %[[E]] : (tensor<?x10xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x10xf32>
// CHECK:         return %[[R0]], %[[R1]], %[[R2]]
func.func @slice_dynamic(%x: tensor<4x10xf32>, %s: tensor<1xi64>, %a: tensor<1xi64>, %y: tensor<?x10xf32>)
    -> (tensor<4x?xf32>, tensor<?x?xf32>, tensor<?x10xf32>) {
  %e = graph.constant dense<[5]> : tensor<1xi64>
  %one = graph.constant dense<[1]> : tensor<1xi64>
  %0 = graph.slice %x, %s, %e, axes = %one : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4x?xf32>
  %1 = graph.slice %x, %one, %e, axes = %a : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x?xf32>
  %2 = graph.slice %y, %one, %e : (tensor<?x10xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x10xf32>
  return %0, %1, %2 : tensor<4x?xf32>, tensor<?x?xf32>, tensor<?x10xf32>
}

//===----------------------------------------------------------------------===//
// Gather
//===----------------------------------------------------------------------===//

// data.shape[:axis] + indices.shape + data.shape[axis+1:].
// CHECK-LABEL: func.func @gather(
// CHECK-SAME:    %[[D:[^:]*]]: tensor<30x8xf32>, %[[I:[^:]*]]: tensor<2x3xi64>, %[[E:[^:]*]]: tensor<3x4x5xf32>, %[[J:[^:]*]]: tensor<i64>, %[[K:[^:]*]]: tensor<2x2xi32>)
// CHECK:         %[[G0:.*]] = graph.gather %[[D]], %[[I]] : (tensor<30x8xf32>, tensor<2x3xi64>) -> tensor<2x3x8xf32>
// CHECK:         %[[G1:.*]] = graph.gather %[[E]], %[[J]] {axis = 1 : i64} : (tensor<3x4x5xf32>, tensor<i64>) -> tensor<3x5xf32>
// CHECK:         %[[G2:.*]] = graph.gather %[[E]], %[[K]] {axis = -1 : i64} : (tensor<3x4x5xf32>, tensor<2x2xi32>) -> tensor<3x4x2x2xf32>
// CHECK:         %[[G3:.*]] = graph.gather %[[D]], %[[J]] : (tensor<30x8xf32>, tensor<i64>) -> tensor<8xf32>
// CHECK:         %[[G4:.*]] = graph.gather %[[E]], %[[I]] {axis = 1 : i64} : (tensor<3x4x5xf32>, tensor<2x3xi64>) -> tensor<3x2x3x5xf32>
// CHECK:         return %[[G0]], %[[G1]], %[[G2]], %[[G3]], %[[G4]]
func.func @gather(%d: tensor<30x8xf32>, %i: tensor<2x3xi64>, %e: tensor<3x4x5xf32>, %j: tensor<i64>, %k: tensor<2x2xi32>)
    -> (tensor<2x3x8xf32>, tensor<3x5xf32>, tensor<3x4x2x2xf32>, tensor<8xf32>, tensor<3x2x3x5xf32>) {
  %0 = graph.gather %d, %i {axis = 0 : i64} : (tensor<30x8xf32>, tensor<2x3xi64>) -> tensor<2x3x8xf32>
  %1 = graph.gather %e, %j {axis = 1 : i64} : (tensor<3x4x5xf32>, tensor<i64>) -> tensor<3x5xf32>
  %2 = graph.gather %e, %k {axis = -1 : i64} : (tensor<3x4x5xf32>, tensor<2x2xi32>) -> tensor<3x4x2x2xf32>
  %3 = graph.gather %d, %j : (tensor<30x8xf32>, tensor<i64>) -> tensor<8xf32>
  %4 = graph.gather %e, %i {axis = 1 : i64} : (tensor<3x4x5xf32>, tensor<2x3xi64>) -> tensor<3x2x3x5xf32>
  return %0, %1, %2, %3, %4 : tensor<2x3x8xf32>, tensor<3x5xf32>, tensor<3x4x2x2xf32>, tensor<8xf32>, tensor<3x2x3x5xf32>
}

// CHECK-LABEL: func.func @gather_dynamic(
// CHECK:         graph.gather %{{.*}}, %{{.*}} {axis = 1 : i64} : (tensor<?x7xf32>, tensor<?xi64>) -> tensor<?x?xf32>
func.func @gather_dynamic(%d: tensor<?x7xf32>, %i: tensor<?xi64>) -> tensor<?x?xf32> {
  %0 = graph.gather %d, %i {axis = 1 : i64} : (tensor<?x7xf32>, tensor<?xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

//===----------------------------------------------------------------------===//
// Expand, Tile
//===----------------------------------------------------------------------===//

// The shape is longer than the input: 4x1 with [2, 1, 3] is 2x4x3. It is
// shorter: 2x1x3 with [4, 1] is 2x4x3. Each side's 1s stretch: 3x1 with
// [1, 4] is 3x4.
// CHECK-LABEL: func.func @expand(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<4x1xf32>, %[[B:[^:]*]]: tensor<2x1x3xf32>, %[[C:[^:]*]]: tensor<3x1xf32>)
// CHECK:         %[[S0:.*]] = graph.constant dense<[2, 1, 3]> : tensor<3xi64>
// CHECK:         %[[E0:.*]] = graph.expand %[[A]], %[[S0]] : (tensor<4x1xf32>, tensor<3xi64>) -> tensor<2x4x3xf32>
// CHECK:         %[[S1:.*]] = graph.constant dense<[4, 1]> : tensor<2xi64>
// CHECK:         %[[E1:.*]] = graph.expand %[[B]], %[[S1]] : (tensor<2x1x3xf32>, tensor<2xi64>) -> tensor<2x4x3xf32>
// CHECK:         %[[S2:.*]] = graph.constant dense<[1, 4]> : tensor<2xi64>
// CHECK:         %[[E2:.*]] = graph.expand %[[C]], %[[S2]] : (tensor<3x1xf32>, tensor<2xi64>) -> tensor<3x4xf32>
// CHECK:         return %[[E0]], %[[E1]], %[[E2]]
func.func @expand(%a: tensor<4x1xf32>, %b: tensor<2x1x3xf32>, %c: tensor<3x1xf32>)
    -> (tensor<2x4x3xf32>, tensor<2x4x3xf32>, tensor<3x4xf32>) {
  %s0 = graph.constant dense<[2, 1, 3]> : tensor<3xi64>
  %0 = graph.expand %a, %s0 : (tensor<4x1xf32>, tensor<3xi64>) -> tensor<2x4x3xf32>
  %s1 = graph.constant dense<[4, 1]> : tensor<2xi64>
  %1 = graph.expand %b, %s1 : (tensor<2x1x3xf32>, tensor<2xi64>) -> tensor<2x4x3xf32>
  %s2 = graph.constant dense<[1, 4]> : tensor<2xi64>
  %2 = graph.expand %c, %s2 : (tensor<3x1xf32>, tensor<2xi64>) -> tensor<3x4xf32>
  return %0, %1, %2 : tensor<2x4x3xf32>, tensor<2x4x3xf32>, tensor<3x4xf32>
}

// A non-constant shape: max(len(shape), rank) dims, all `?`. A `?` input
// dim against 1 stays `?`, against 4 is 4.
// CHECK-LABEL: func.func @expand_dynamic(
// CHECK-SAME:    %[[A:[^:]*]]: tensor<4x1xf32>, %[[S:[^:]*]]: tensor<3xi64>, %[[T:[^:]*]]: tensor<1xi64>, %[[Y:[^:]*]]: tensor<?x?xf32>)
// CHECK:         %[[E0:.*]] = graph.expand %[[A]], %[[S]] : (tensor<4x1xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
// CHECK:         %[[E1:.*]] = graph.expand %[[A]], %[[T]] : (tensor<4x1xf32>, tensor<1xi64>) -> tensor<?x?xf32>
// CHECK:         %[[C:.*]] = graph.constant dense<[1, 4]> : tensor<2xi64>
// CHECK:         %[[E2:.*]] = graph.expand %[[Y]], %[[C]] : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<?x4xf32>
// CHECK:         return %[[E0]], %[[E1]], %[[E2]]
func.func @expand_dynamic(%a: tensor<4x1xf32>, %s: tensor<3xi64>, %t: tensor<1xi64>, %y: tensor<?x?xf32>)
    -> (tensor<?x?x?xf32>, tensor<?x?xf32>, tensor<?x4xf32>) {
  %0 = graph.expand %a, %s : (tensor<4x1xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  %1 = graph.expand %a, %t : (tensor<4x1xf32>, tensor<1xi64>) -> tensor<?x?xf32>
  %c = graph.constant dense<[1, 4]> : tensor<2xi64>
  %2 = graph.expand %y, %c : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<?x4xf32>
  return %0, %1, %2 : tensor<?x?x?xf32>, tensor<?x?xf32>, tensor<?x4xf32>
}

// 2x3 repeated [1, 2] is 2x6, [3, 0] is 6x0; a `?` dim stays `?`;
// non-constant repeats give `?` everywhere.
// CHECK-LABEL: func.func @tile(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x3xf32>, %[[Y:[^:]*]]: tensor<?x3xf32>, %[[R:[^:]*]]: tensor<2xi64>)
// CHECK:         %[[R0:.*]] = graph.constant dense<[1, 2]> : tensor<2xi64>
// CHECK:         %[[T0:.*]] = graph.tile %[[X]], %[[R0]] : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<2x6xf32>
// CHECK:         %[[R1:.*]] = graph.constant dense<[3, 0]> : tensor<2xi64>
// CHECK:         %[[T1:.*]] = graph.tile %[[X]], %[[R1]] : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<6x0xf32>
// CHECK:         %[[T2:.*]] = graph.tile %[[Y]], %[[R0]] : (tensor<?x3xf32>, tensor<2xi64>) -> tensor<?x6xf32>
// CHECK:         %[[T3:.*]] = graph.tile %[[X]], %[[R]] : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
// CHECK:         return %[[T0]], %[[T1]], %[[T2]], %[[T3]]
func.func @tile(%x: tensor<2x3xf32>, %y: tensor<?x3xf32>, %r: tensor<2xi64>)
    -> (tensor<2x6xf32>, tensor<6x0xf32>, tensor<?x6xf32>, tensor<?x?xf32>) {
  %r0 = graph.constant dense<[1, 2]> : tensor<2xi64>
  %0 = graph.tile %x, %r0 : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<2x6xf32>
  %r1 = graph.constant dense<[3, 0]> : tensor<2xi64>
  %1 = graph.tile %x, %r1 : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<6x0xf32>
  %2 = graph.tile %y, %r0 : (tensor<?x3xf32>, tensor<2xi64>) -> tensor<?x6xf32>
  %3 = graph.tile %x, %r : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0, %1, %2, %3 : tensor<2x6xf32>, tensor<6x0xf32>, tensor<?x6xf32>, tensor<?x?xf32>
}

//===----------------------------------------------------------------------===//
// Pad
//===----------------------------------------------------------------------===//

// pads are all begins, then all ends. Default mode (constant, value 0):
// 1x3x8x8 with [0, 0, 1, 1, 0, 0, 1, 1] is 1x3x10x10. With a value:
// 2x3 with [1, 0, 2, 0] is (2 + 1 + 2) x 3 = 5x3.
// CHECK-LABEL: func.func @pad_constant(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x8x8xf32>, %[[Y:[^:]*]]: tensor<2x3xf32>)
// CHECK:         %[[P:.*]] = graph.constant dense<[0, 0, 1, 1, 0, 0, 1, 1]> : tensor<8xi64>
// CHECK:         %[[R0:.*]] = graph.pad %[[X]], %[[P]] : (tensor<1x3x8x8xf32>, tensor<8xi64>) -> tensor<1x3x10x10xf32>
// CHECK:         %[[Q:.*]] = graph.constant dense<[1, 0, 2, 0]> : tensor<4xi64>
// CHECK:         %[[V:.*]] = graph.constant dense<-1.500000e+00> : tensor<f32>
// CHECK:         %[[R1:.*]] = graph.pad %[[Y]], %[[Q]], value = %[[V]] : (tensor<2x3xf32>, tensor<4xi64>, tensor<f32>) -> tensor<5x3xf32>
// CHECK:         return %[[R0]], %[[R1]]
func.func @pad_constant(%x: tensor<1x3x8x8xf32>, %y: tensor<2x3xf32>) -> (tensor<1x3x10x10xf32>, tensor<5x3xf32>) {
  %p = graph.constant dense<[0, 0, 1, 1, 0, 0, 1, 1]> : tensor<8xi64>
  %0 = graph.pad %x, %p : (tensor<1x3x8x8xf32>, tensor<8xi64>) -> tensor<1x3x10x10xf32>
  %q = graph.constant dense<[1, 0, 2, 0]> : tensor<4xi64>
  %v = graph.constant dense<-1.5> : tensor<f32>
  %1 = graph.pad %y, %q, value = %v {mode = "constant"} : (tensor<2x3xf32>, tensor<4xi64>, tensor<f32>) -> tensor<5x3xf32>
  return %0, %1 : tensor<1x3x10x10xf32>, tensor<5x3xf32>
}

// reflect: 8 + 1 + 3 = 12 and 8 + 2 + 4 = 14; edge: 4 + 1 + 1 = 6 each;
// wrap: 3 + 2 + 1 = 6.
// CHECK-LABEL: func.func @pad_modes(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x8x8xf32>, %[[Y:[^:]*]]: tensor<4x4xi64>, %[[Z:[^:]*]]: tensor<3xf16>)
// CHECK:         %[[R0:.*]] = graph.pad %[[X]], %{{.*}} {mode = "reflect"} : (tensor<1x3x8x8xf32>, tensor<8xi64>) -> tensor<1x3x12x14xf32>
// CHECK:         %[[R1:.*]] = graph.pad %[[Y]], %{{.*}} {mode = "edge"} : (tensor<4x4xi64>, tensor<4xi64>) -> tensor<6x6xi64>
// CHECK:         %[[R2:.*]] = graph.pad %[[Z]], %{{.*}} {mode = "wrap"} : (tensor<3xf16>, tensor<2xi64>) -> tensor<6xf16>
// CHECK:         return %[[R0]], %[[R1]], %[[R2]]
func.func @pad_modes(%x: tensor<1x3x8x8xf32>, %y: tensor<4x4xi64>, %z: tensor<3xf16>)
    -> (tensor<1x3x12x14xf32>, tensor<6x6xi64>, tensor<6xf16>) {
  %p0 = graph.constant dense<[0, 0, 1, 2, 0, 0, 3, 4]> : tensor<8xi64>
  %0 = graph.pad %x, %p0 {mode = "reflect"} : (tensor<1x3x8x8xf32>, tensor<8xi64>) -> tensor<1x3x12x14xf32>
  %p1 = graph.constant dense<1> : tensor<4xi64>
  %1 = graph.pad %y, %p1 {mode = "edge"} : (tensor<4x4xi64>, tensor<4xi64>) -> tensor<6x6xi64>
  %p2 = graph.constant dense<[2, 1]> : tensor<2xi64>
  %2 = graph.pad %z, %p2 {mode = "wrap"} : (tensor<3xf16>, tensor<2xi64>) -> tensor<6xf16>
  return %0, %1, %2 : tensor<1x3x12x14xf32>, tensor<6x6xi64>, tensor<6xf16>
}

// axes pick the padded dims; pads then has 2 entries per listed axis.
// [2, 3] with pads [1, 1, 1, 1]: 1x3x10x10. [-1] with [2, 3]: 8 + 5 = 13.
// Axes and a value together. Negative pads crop: 5x5 with [-1, 0, -2, 1] is
// (5 - 1 - 2) x (5 + 0 + 1) = 2x6.
// CHECK-LABEL: func.func @pad_axes_and_crop(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x8x8xf32>, %[[Y:[^:]*]]: tensor<5x5xf32>)
// CHECK:         %[[A0:.*]] = graph.constant dense<[2, 3]> : tensor<2xi64>
// CHECK:         %[[P0:.*]] = graph.constant dense<1> : tensor<4xi64>
// CHECK:         %[[R0:.*]] = graph.pad %[[X]], %[[P0]], axes = %[[A0]] : (tensor<1x3x8x8xf32>, tensor<4xi64>, tensor<2xi64>) -> tensor<1x3x10x10xf32>
// CHECK:         %[[A1:.*]] = graph.constant dense<-1> : tensor<1xi32>
// CHECK:         %[[P1:.*]] = graph.constant dense<[2, 3]> : tensor<2xi64>
// CHECK:         %[[V:.*]] = graph.constant dense<0.000000e+00> : tensor<1xf32>
// CHECK:         %[[R1:.*]] = graph.pad %[[X]], %[[P1]], value = %[[V]], axes = %[[A1]] : (tensor<1x3x8x8xf32>, tensor<2xi64>, tensor<1xf32>, tensor<1xi32>) -> tensor<1x3x8x13xf32>
// CHECK:         %[[P2:.*]] = graph.constant dense<[-1, 0, -2, 1]> : tensor<4xi64>
// CHECK:         %[[R2:.*]] = graph.pad %[[Y]], %[[P2]] : (tensor<5x5xf32>, tensor<4xi64>) -> tensor<2x6xf32>
// CHECK:         return %[[R0]], %[[R1]], %[[R2]]
func.func @pad_axes_and_crop(%x: tensor<1x3x8x8xf32>, %y: tensor<5x5xf32>)
    -> (tensor<1x3x10x10xf32>, tensor<1x3x8x13xf32>, tensor<2x6xf32>) {
  %a0 = graph.constant dense<[2, 3]> : tensor<2xi64>
  %p0 = graph.constant dense<[1, 1, 1, 1]> : tensor<4xi64>
  %0 = graph.pad %x, %p0, axes = %a0 : (tensor<1x3x8x8xf32>, tensor<4xi64>, tensor<2xi64>) -> tensor<1x3x10x10xf32>
  %a1 = graph.constant dense<[-1]> : tensor<1xi32>
  %p1 = graph.constant dense<[2, 3]> : tensor<2xi64>
  %v = graph.constant dense<0.0> : tensor<1xf32>
  %1 = graph.pad %x, %p1, value = %v, axes = %a1 : (tensor<1x3x8x8xf32>, tensor<2xi64>, tensor<1xf32>, tensor<1xi32>) -> tensor<1x3x8x13xf32>
  %p2 = graph.constant dense<[-1, 0, -2, 1]> : tensor<4xi64>
  %2 = graph.pad %y, %p2 : (tensor<5x5xf32>, tensor<4xi64>) -> tensor<2x6xf32>
  return %0, %1, %2 : tensor<1x3x10x10xf32>, tensor<1x3x8x13xf32>, tensor<2x6xf32>
}

// Non-constant pads: the padded dims are `?`. Non-constant axes: every dim
// is `?`. A `?` data dim stays `?`.
// CHECK-LABEL: func.func @pad_dynamic(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x3xf32>, %[[P:[^:]*]]: tensor<4xi64>, %[[Q:[^:]*]]: tensor<2xi64>, %[[A:[^:]*]]: tensor<1xi64>, %[[Y:[^:]*]]: tensor<?x3xf32>)
// CHECK:         %[[R0:.*]] = graph.pad %[[X]], %[[P]] : (tensor<2x3xf32>, tensor<4xi64>) -> tensor<?x?xf32>
// CHECK:         %[[C1:.*]] = graph.constant dense<1> : tensor<1xi64>
// CHECK:         %[[R1:.*]] = graph.pad %[[X]], %[[Q]], axes = %[[C1]] : (tensor<2x3xf32>, tensor<2xi64>, tensor<1xi64>) -> tensor<2x?xf32>
// CHECK:         %[[C2:.*]] = graph.constant dense<1> : tensor<2xi64>
// CHECK:         %[[R2:.*]] = graph.pad %[[X]], %[[C2]], axes = %[[A]] : (tensor<2x3xf32>, tensor<2xi64>, tensor<1xi64>) -> tensor<?x?xf32>
// CHECK:         %[[C4:.*]] = graph.constant dense<1> : tensor<4xi64>
// CHECK:         %[[R3:.*]] = graph.pad %[[Y]], %[[C4]] : (tensor<?x3xf32>, tensor<4xi64>) -> tensor<?x5xf32>
// CHECK:         return %[[R0]], %[[R1]], %[[R2]], %[[R3]]
func.func @pad_dynamic(%x: tensor<2x3xf32>, %p: tensor<4xi64>, %q: tensor<2xi64>, %a: tensor<1xi64>, %y: tensor<?x3xf32>)
    -> (tensor<?x?xf32>, tensor<2x?xf32>, tensor<?x?xf32>, tensor<?x5xf32>) {
  %0 = graph.pad %x, %p : (tensor<2x3xf32>, tensor<4xi64>) -> tensor<?x?xf32>
  %c1 = graph.constant dense<[1]> : tensor<1xi64>
  %1 = graph.pad %x, %q, axes = %c1 : (tensor<2x3xf32>, tensor<2xi64>, tensor<1xi64>) -> tensor<2x?xf32>
  %c2 = graph.constant dense<[1, 1]> : tensor<2xi64>
  %2 = graph.pad %x, %c2, axes = %a : (tensor<2x3xf32>, tensor<2xi64>, tensor<1xi64>) -> tensor<?x?xf32>
  %c4 = graph.constant dense<[1, 1, 1, 1]> : tensor<4xi64>
  %3 = graph.pad %y, %c4 : (tensor<?x3xf32>, tensor<4xi64>) -> tensor<?x5xf32>
  return %0, %1, %2, %3 : tensor<?x?xf32>, tensor<2x?xf32>, tensor<?x?xf32>, tensor<?x5xf32>
}

//===----------------------------------------------------------------------===//
// Resize
//===----------------------------------------------------------------------===//

// Output dim = floor(dim * scale) (in f32, as ONNX computes it): 4 * 2 = 8;
// 5 * 0.5 = 2.5 -> 2; 10 * 0.7f = 7 (in f32; 6.9999998 in f64); 10 * 1.5 = 15.
// CHECK-LABEL: func.func @resize_scales(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x8x4x4xf32>, %[[Y:[^:]*]]: tensor<1x3x5x5xf32>, %[[Z:[^:]*]]: tensor<1x1x10x10xf32>)
// CHECK:         %[[S0:.*]] = graph.constant dense<[1.000000e+00, 1.000000e+00, 2.000000e+00, 2.000000e+00]> : tensor<4xf32>
// CHECK:         %[[R0:.*]] = graph.resize %[[X]], scales = %[[S0]] : (tensor<1x8x4x4xf32>, tensor<4xf32>) -> tensor<1x8x8x8xf32>
// CHECK:         %[[S1:.*]] = graph.constant dense<[1.000000e+00, 1.000000e+00, 5.000000e-01, 5.000000e-01]> : tensor<4xf32>
// CHECK:         %[[R1:.*]] = graph.resize %[[Y]], scales = %[[S1]] {mode = "linear"} : (tensor<1x3x5x5xf32>, tensor<4xf32>) -> tensor<1x3x2x2xf32>
// CHECK:         %[[S2:.*]] = graph.constant dense<[1.000000e+00, 1.000000e+00, 0.699999988, 1.500000e+00]> : tensor<4xf32>
// CHECK:         %[[R2:.*]] = graph.resize %[[Z]], scales = %[[S2]] {cubic_coeff_a = -5.000000e-01 : f32, exclude_outside = true, mode = "cubic"} : (tensor<1x1x10x10xf32>, tensor<4xf32>) -> tensor<1x1x7x15xf32>
// CHECK:         return %[[R0]], %[[R1]], %[[R2]]
func.func @resize_scales(%x: tensor<1x8x4x4xf32>, %y: tensor<1x3x5x5xf32>, %z: tensor<1x1x10x10xf32>)
    -> (tensor<1x8x8x8xf32>, tensor<1x3x2x2xf32>, tensor<1x1x7x15xf32>) {
  %s0 = graph.constant dense<[1.0, 1.0, 2.0, 2.0]> : tensor<4xf32>
  %0 = graph.resize %x, scales = %s0 {mode = "nearest"} : (tensor<1x8x4x4xf32>, tensor<4xf32>) -> tensor<1x8x8x8xf32>
  %s1 = graph.constant dense<[1.0, 1.0, 0.5, 0.5]> : tensor<4xf32>
  %1 = graph.resize %y, scales = %s1 {mode = "linear"} : (tensor<1x3x5x5xf32>, tensor<4xf32>) -> tensor<1x3x2x2xf32>
  %s2 = graph.constant dense<[1.0, 1.0, 0.7, 1.5]> : tensor<4xf32>
  %2 = graph.resize %z, scales = %s2 {mode = "cubic", cubic_coeff_a = -0.5 : f32, exclude_outside = true} : (tensor<1x1x10x10xf32>, tensor<4xf32>) -> tensor<1x1x7x15xf32>
  return %0, %1, %2 : tensor<1x8x8x8xf32>, tensor<1x3x2x2xf32>, tensor<1x1x7x15xf32>
}

// sizes give the result shape directly; roi is read by tf_crop_and_resize.
// CHECK-LABEL: func.func @resize_sizes(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x4x4xf32>)
// CHECK:         %[[S:.*]] = graph.constant dense<[1, 3, 7, 9]> : tensor<4xi64>
// CHECK:         %[[R0:.*]] = graph.resize %[[X]], sizes = %[[S]] {coordinate_transformation_mode = "align_corners", mode = "linear"} : (tensor<1x3x4x4xf32>, tensor<4xi64>) -> tensor<1x3x7x9xf32>
// CHECK:         %[[ROI:.*]] = graph.constant dense<[0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 1.000000e+00, 1.000000e+00, 5.000000e-01, 5.000000e-01]> : tensor<8xf32>
// CHECK:         %[[R1:.*]] = graph.resize %[[X]], roi = %[[ROI]], sizes = %[[S]] {coordinate_transformation_mode = "tf_crop_and_resize", extrapolation_value = 1.000000e+00 : f32, mode = "linear"} : (tensor<1x3x4x4xf32>, tensor<8xf32>, tensor<4xi64>) -> tensor<1x3x7x9xf32>
// CHECK:         %[[R2:.*]] = graph.resize %[[X]], roi = %[[ROI]], scales = %{{.*}} {coordinate_transformation_mode = "tf_crop_and_resize"} : (tensor<1x3x4x4xf32>, tensor<8xf32>, tensor<4xf32>) -> tensor<1x3x8x8xf32>
// CHECK:         return %[[R0]], %[[R1]], %[[R2]]
func.func @resize_sizes(%x: tensor<1x3x4x4xf32>) -> (tensor<1x3x7x9xf32>, tensor<1x3x7x9xf32>, tensor<1x3x8x8xf32>) {
  %s = graph.constant dense<[1, 3, 7, 9]> : tensor<4xi64>
  %0 = graph.resize %x, sizes = %s {mode = "linear", coordinate_transformation_mode = "align_corners"} : (tensor<1x3x4x4xf32>, tensor<4xi64>) -> tensor<1x3x7x9xf32>
  %roi = graph.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.5, 0.5]> : tensor<8xf32>
  %1 = graph.resize %x, roi = %roi, sizes = %s {mode = "linear", coordinate_transformation_mode = "tf_crop_and_resize", extrapolation_value = 1.0 : f32} : (tensor<1x3x4x4xf32>, tensor<8xf32>, tensor<4xi64>) -> tensor<1x3x7x9xf32>
  %sc = graph.constant dense<[1.0, 1.0, 2.0, 2.0]> : tensor<4xf32>
  %2 = graph.resize %x, roi = %roi, scales = %sc {coordinate_transformation_mode = "tf_crop_and_resize"} : (tensor<1x3x4x4xf32>, tensor<8xf32>, tensor<4xf32>) -> tensor<1x3x8x8xf32>
  return %0, %1, %2 : tensor<1x3x7x9xf32>, tensor<1x3x7x9xf32>, tensor<1x3x8x8xf32>
}

// Every coordinate_transformation_mode and nearest_mode parses and prints
// (the defaults, half_pixel and round_prefer_floor, print as nothing).
// CHECK-LABEL: func.func @resize_attribute_values(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x1x2x2xf32>, %[[S:[^:]*]]: tensor<4xi64>)
// CHECK:         graph.resize %[[X]], sizes = %[[S]] : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
// CHECK:         graph.resize %[[X]], sizes = %[[S]] {coordinate_transformation_mode = "half_pixel_symmetric"}
// CHECK:         graph.resize %[[X]], sizes = %[[S]] {coordinate_transformation_mode = "pytorch_half_pixel"}
// CHECK:         graph.resize %[[X]], sizes = %[[S]] {coordinate_transformation_mode = "align_corners"}
// CHECK:         graph.resize %[[X]], sizes = %[[S]] {coordinate_transformation_mode = "asymmetric"}
// CHECK:         graph.resize %[[X]], sizes = %[[S]] {coordinate_transformation_mode = "tf_half_pixel_for_nn"}
// CHECK:         graph.resize %[[X]], sizes = %[[S]] {nearest_mode = "round_prefer_ceil"}
// CHECK:         graph.resize %[[X]], sizes = %[[S]] {nearest_mode = "floor"}
// CHECK:         graph.resize %[[X]], sizes = %[[S]] {nearest_mode = "ceil"}
func.func @resize_attribute_values(%x: tensor<1x1x2x2xf32>, %s: tensor<4xi64>) {
  %0 = graph.resize %x, sizes = %s {coordinate_transformation_mode = "half_pixel", nearest_mode = "round_prefer_floor"} : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  %1 = graph.resize %x, sizes = %s {coordinate_transformation_mode = "half_pixel_symmetric"} : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  %2 = graph.resize %x, sizes = %s {coordinate_transformation_mode = "pytorch_half_pixel"} : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  %3 = graph.resize %x, sizes = %s {coordinate_transformation_mode = "align_corners"} : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  %4 = graph.resize %x, sizes = %s {coordinate_transformation_mode = "asymmetric"} : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  %8 = graph.resize %x, sizes = %s {coordinate_transformation_mode = "tf_half_pixel_for_nn"} : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  %5 = graph.resize %x, sizes = %s {nearest_mode = "round_prefer_ceil"} : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  %6 = graph.resize %x, sizes = %s {nearest_mode = "floor"} : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  %7 = graph.resize %x, sizes = %s {nearest_mode = "ceil"} : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  return
}

// Non-constant scales or sizes: `?` everywhere. Constant scales on a `?` dim
// leave it `?`.
// CHECK-LABEL: func.func @resize_dynamic(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x3x4x4xf32>, %[[SC:[^:]*]]: tensor<4xf32>, %[[Y:[^:]*]]: tensor<?x3xf32>)
// CHECK:         %[[R0:.*]] = graph.resize %[[X]], scales = %[[SC]] {mode = "linear"} : (tensor<1x3x4x4xf32>, tensor<4xf32>) -> tensor<?x?x?x?xf32>
// CHECK:         %[[C:.*]] = graph.constant dense<2.000000e+00> : tensor<2xf32>
// CHECK:         %[[R1:.*]] = graph.resize %[[Y]], scales = %[[C]] : (tensor<?x3xf32>, tensor<2xf32>) -> tensor<?x6xf32>
// CHECK:         return %[[R0]], %[[R1]]
func.func @resize_dynamic(%x: tensor<1x3x4x4xf32>, %sc: tensor<4xf32>, %y: tensor<?x3xf32>)
    -> (tensor<?x?x?x?xf32>, tensor<?x6xf32>) {
  %0 = graph.resize %x, scales = %sc {mode = "linear"} : (tensor<1x3x4x4xf32>, tensor<4xf32>) -> tensor<?x?x?x?xf32>
  %c = graph.constant dense<2.0> : tensor<2xf32>
  %1 = graph.resize %y, scales = %c : (tensor<?x3xf32>, tensor<2xf32>) -> tensor<?x6xf32>
  return %0, %1 : tensor<?x?x?x?xf32>, tensor<?x6xf32>
}

//===----------------------------------------------------------------------===//
// Shape, Range
//===----------------------------------------------------------------------===//

// [start, end) of the dims of a rank-3 tensor; negative values count from
// the back; out-of-range values clamp; start >= end gives no dims.
// CHECK-LABEL: func.func @shape(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x3x4xf32>, %[[Y:[^:]*]]: tensor<?x3xf32>, %[[S:[^:]*]]: tensor<f32>)
// CHECK:         %[[A:.*]] = graph.shape %[[X]] : (tensor<2x3x4xf32>) -> tensor<3xi64>
// CHECK:         %[[B:.*]] = graph.shape %[[X]] {start = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2xi64>
// CHECK:         %[[C:.*]] = graph.shape %[[X]] {start = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<1xi64>
// CHECK:         %[[D:.*]] = graph.shape %[[X]] {end = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<2xi64>
// CHECK:         %[[E:.*]] = graph.shape %[[X]] {end = 2 : i64, start = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<1xi64>
// CHECK:         %[[F:.*]] = graph.shape %[[X]] {end = 1 : i64, start = 2 : i64} : (tensor<2x3x4xf32>) -> tensor<0xi64>
// CHECK:         %[[G:.*]] = graph.shape %[[X]] {end = 10 : i64, start = -10 : i64} : (tensor<2x3x4xf32>) -> tensor<3xi64>
// CHECK:         %[[H:.*]] = graph.shape %[[Y]] : (tensor<?x3xf32>) -> tensor<2xi64>
// CHECK:         %[[I:.*]] = graph.shape %[[S]] : (tensor<f32>) -> tensor<0xi64>
// CHECK:         return %[[A]], %[[B]], %[[C]], %[[D]], %[[E]], %[[F]], %[[G]], %[[H]], %[[I]]
func.func @shape(%x: tensor<2x3x4xf32>, %y: tensor<?x3xf32>, %s: tensor<f32>)
    -> (tensor<3xi64>, tensor<2xi64>, tensor<1xi64>, tensor<2xi64>, tensor<1xi64>, tensor<0xi64>,
        tensor<3xi64>, tensor<2xi64>, tensor<0xi64>) {
  %0 = graph.shape %x : (tensor<2x3x4xf32>) -> tensor<3xi64>
  %1 = graph.shape %x {start = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2xi64>
  %2 = graph.shape %x {start = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<1xi64>
  %3 = graph.shape %x {end = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<2xi64>
  %4 = graph.shape %x {start = 1 : i64, end = 2 : i64} : (tensor<2x3x4xf32>) -> tensor<1xi64>
  %5 = graph.shape %x {start = 2 : i64, end = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<0xi64>
  %6 = graph.shape %x {start = -10 : i64, end = 10 : i64} : (tensor<2x3x4xf32>) -> tensor<3xi64>
  %7 = graph.shape %y : (tensor<?x3xf32>) -> tensor<2xi64>
  %8 = graph.shape %s : (tensor<f32>) -> tensor<0xi64>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8
      : tensor<3xi64>, tensor<2xi64>, tensor<1xi64>, tensor<2xi64>, tensor<1xi64>, tensor<0xi64>,
        tensor<3xi64>, tensor<2xi64>, tensor<0xi64>
}

// max(ceil((limit - start) / delta), 0) elements. f32: (1 - 0) / 0.25 = 4;
// (0.3f - 0) / 0.1f = 3.0000000447 -> 4; (1.9f - (-2)) is 3.9000001f in f32,
// / 0.1f = 39.0000005 -> 40 (ONNX subtracts in the element type).
// i64: ceil(10 / 3) = 4; ceil((4 - 10) / -3) = 2; ceil((1 - 5) / 1) < 0 -> 0.
// CHECK-LABEL: func.func @range_constant(
// CHECK:         %[[F0:.*]] = graph.constant dense<0.000000e+00> : tensor<f32>
// CHECK:         %[[F1:.*]] = graph.constant dense<1.000000e+00> : tensor<f32>
// CHECK:         %[[FQ:.*]] = graph.constant dense<2.500000e-01> : tensor<f32>
// CHECK:         %[[R0:.*]] = graph.range %[[F0]], %[[F1]], %[[FQ]] : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
// CHECK:         %[[R1:.*]] = graph.range %[[F0]], %{{.*}}, %{{.*}} : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
// CHECK:         %[[R2:.*]] = graph.range %{{.*}}, %{{.*}}, %{{.*}} : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<40xf32>
// CHECK:         %[[I0:.*]] = graph.constant dense<0> : tensor<i64>
// CHECK:         %[[I10:.*]] = graph.constant dense<10> : tensor<i64>
// CHECK:         %[[I3:.*]] = graph.constant dense<3> : tensor<i64>
// CHECK:         %[[R3:.*]] = graph.range %[[I0]], %[[I10]], %[[I3]] : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<4xi64>
// CHECK:         %[[R4:.*]] = graph.range %[[I10]], %{{.*}}, %{{.*}} : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<2xi64>
// CHECK:         %[[R5:.*]] = graph.range %{{.*}}, %{{.*}}, %{{.*}} : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<0xi32>
// CHECK:         return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]]
func.func @range_constant()
    -> (tensor<4xf32>, tensor<4xf32>, tensor<40xf32>, tensor<4xi64>, tensor<2xi64>, tensor<0xi32>) {
  %f0 = graph.constant dense<0.0> : tensor<f32>
  %f1 = graph.constant dense<1.0> : tensor<f32>
  %fq = graph.constant dense<0.25> : tensor<f32>
  %0 = graph.range %f0, %f1, %fq : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
  %f03 = graph.constant dense<0.3> : tensor<f32>
  %f01 = graph.constant dense<0.1> : tensor<f32>
  %1 = graph.range %f0, %f03, %f01 : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
  %fm2 = graph.constant dense<-2.0> : tensor<f32>
  %f19 = graph.constant dense<1.9> : tensor<f32>
  %2 = graph.range %fm2, %f19, %f01 : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<40xf32>
  %i0 = graph.constant dense<0> : tensor<i64>
  %i10 = graph.constant dense<10> : tensor<i64>
  %i3 = graph.constant dense<3> : tensor<i64>
  %3 = graph.range %i0, %i10, %i3 : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<4xi64>
  %i4 = graph.constant dense<4> : tensor<i64>
  %im3 = graph.constant dense<-3> : tensor<i64>
  %4 = graph.range %i10, %i4, %im3 : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<2xi64>
  %j5 = graph.constant dense<5> : tensor<i32>
  %j1 = graph.constant dense<1> : tensor<i32>
  %5 = graph.range %j5, %j1, %j1 : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<0xi32>
  return %0, %1, %2, %3, %4, %5 : tensor<4xf32>, tensor<4xf32>, tensor<40xf32>, tensor<4xi64>, tensor<2xi64>, tensor<0xi32>
}

// Any non-constant operand makes the length `?`.
// CHECK-LABEL: func.func @range_dynamic(
// CHECK-SAME:    %[[S:[^:]*]]: tensor<f32>, %[[L:[^:]*]]: tensor<f32>, %[[D:[^:]*]]: tensor<i64>)
// CHECK:         %[[R0:.*]] = graph.range %[[S]], %[[L]], %{{.*}} : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
// CHECK:         %[[R1:.*]] = graph.range %{{.*}}, %{{.*}}, %[[D]] : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
// CHECK:         return %[[R0]], %[[R1]]
func.func @range_dynamic(%s: tensor<f32>, %l: tensor<f32>, %d: tensor<i64>) -> (tensor<?xf32>, tensor<?xi64>) {
  %one = graph.constant dense<1.0> : tensor<f32>
  %0 = graph.range %s, %l, %one : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
  %i0 = graph.constant dense<0> : tensor<i64>
  %i9 = graph.constant dense<9> : tensor<i64>
  %1 = graph.range %i0, %i9, %d : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  return %0, %1 : tensor<?xf32>, tensor<?xi64>
}
