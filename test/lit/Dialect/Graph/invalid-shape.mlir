// RUN: dlc-opt %s -split-input-file -verify-diagnostics

// One case per error message of the shape and data-movement ops. An error
// found by result-type inference is followed by "failed to infer returned
// types"; one found by a verifier stands alone.

//===----------------------------------------------------------------------===//
// Reshape
//===----------------------------------------------------------------------===//

func.func @reshape_two_minus_ones(%x: tensor<2x3x4xf32>) {
  %s = graph.constant dense<[-1, -1]> : tensor<2xi64>
  // expected-error @+2 {{'graph.reshape' op shape [-1, -1] has more than one -1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reshape %x, %s : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @reshape_negative_size(%x: tensor<2x3x4xf32>) {
  %s = graph.constant dense<[2, -2]> : tensor<2xi64>
  // expected-error @+2 {{'graph.reshape' op shape [2, -2] has a negative size -2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reshape %x, %s : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @reshape_element_count(%x: tensor<2x3x4xf32>) {
  %s = graph.constant dense<[5, 5]> : tensor<2xi64>
  // expected-error @+2 {{'graph.reshape' op cannot reshape 2x3x4 (24 elements) into 5x5 (25 elements)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reshape %x, %s : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<5x5xf32>
  return
}

// -----

// The 0 copies the input's 3, so -1 would have to be 24 / 15.
func.func @reshape_minus_one_not_divisible(%x: tensor<2x3x4xf32>) {
  %s = graph.constant dense<[5, 0, -1]> : tensor<3xi64>
  // expected-error @+2 {{'graph.reshape' op cannot reshape 2x3x4 (24 elements) into [5, 0, -1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reshape %x, %s : (tensor<2x3x4xf32>, tensor<3xi64>) -> tensor<5x3x?xf32>
  return
}

// -----

// The 0 copies a 0, and -1 is then anything.
func.func @reshape_minus_one_with_zero_dim(%x: tensor<0x3xf32>) {
  %s = graph.constant dense<[0, -1]> : tensor<2xi64>
  // expected-error @+2 {{'graph.reshape' op cannot reshape 0x3 (0 elements) into [0, -1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reshape %x, %s : (tensor<0x3xf32>, tensor<2xi64>) -> tensor<0x?xf32>
  return
}

// -----

func.func @reshape_zero_past_rank(%x: tensor<2x3xf32>) {
  %s = graph.constant dense<[1, 0, 0]> : tensor<3xi64>
  // expected-error @+2 {{'graph.reshape' op shape [1, 0, 0] copies dim 2 (a 0 entry) but the input has rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reshape %x, %s : (tensor<2x3xf32>, tensor<3xi64>) -> tensor<1x3x?xf32>
  return
}

// -----

func.func @reshape_allowzero_with_minus_one(%x: tensor<0x3xf32>) {
  %s = graph.constant dense<[-1, 0]> : tensor<2xi64>
  // expected-error @+2 {{'graph.reshape' op shape [-1, 0] has both -1 and 0 with allowzero set}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reshape %x, %s {allowzero = true} : (tensor<0x3xf32>, tensor<2xi64>) -> tensor<?x0xf32>
  return
}

// -----

func.func @reshape_too_many_elements(%x: tensor<2x3xf32>) {
  %s = graph.constant dense<[4611686018427387904, 4]> : tensor<2xi64>
  // expected-error @+2 {{'graph.reshape' op shape [4611686018427387904, 4] has more than 2^63 - 1 elements}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reshape %x, %s : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @reshape_shape_not_static(%x: tensor<2x3xf32>, %s: tensor<?xi64>) {
  // expected-error @+2 {{'graph.reshape' op shape must be a 1-D tensor of static length, got 'tensor<?xi64>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reshape %x, %s : (tensor<2x3xf32>, tensor<?xi64>) -> tensor<?xf32>
  return
}

// -----

func.func @reshape_shape_not_1d(%x: tensor<2x3xf32>, %s: tensor<1x2xi64>) {
  // expected-error @+2 {{'graph.reshape' op shape must be a 1-D tensor of static length, got 'tensor<1x2xi64>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reshape %x, %s : (tensor<2x3xf32>, tensor<1x2xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @reshape_wrong_result(%x: tensor<2x3x4xf32>) {
  %s = graph.constant dense<[0, -1]> : tensor<2xi64>
  // expected-error @+2 {{'graph.reshape' op inferred type(s) 'tensor<2x12xf32>' are incompatible with return type(s) of operation 'tensor<3x8xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reshape %x, %s : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<3x8xf32>
  return
}

//===----------------------------------------------------------------------===//
// Transpose
//===----------------------------------------------------------------------===//

// -----

func.func @transpose_perm_length(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{'graph.transpose' op perm [1, 0] has 2 entries but the input has rank 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.transpose %x {perm = array<i64: 1, 0>} : (tensor<2x3x4xf32>) -> tensor<?x?xf32>
  return
}

// -----

func.func @transpose_perm_repeats(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{'graph.transpose' op perm [0, 2, 0] is not a permutation of [0, 3)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.transpose %x {perm = array<i64: 0, 2, 0>} : (tensor<2x3x4xf32>) -> tensor<?x?x?xf32>
  return
}

// -----

func.func @transpose_perm_out_of_range(%x: tensor<2x3xf32>) {
  // expected-error @+2 {{'graph.transpose' op perm [-1, 0] is not a permutation of [0, 2)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.transpose %x {perm = array<i64: -1, 0>} : (tensor<2x3xf32>) -> tensor<?x?xf32>
  return
}

// -----

func.func @transpose_wrong_result(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{'graph.transpose' op inferred type(s) 'tensor<4x3x2xf32>' are incompatible with return type(s) of operation 'tensor<2x3x4xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.transpose %x : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}

//===----------------------------------------------------------------------===//
// Flatten
//===----------------------------------------------------------------------===//

// -----

func.func @flatten_axis_too_large(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{'graph.flatten' op axis 4 is out of range for rank 3 (allowed: [-3, 3])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.flatten %x {axis = 4 : i64} : (tensor<2x3x4xf32>) -> tensor<?x?xf32>
  return
}

// -----

func.func @flatten_axis_too_small(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{'graph.flatten' op axis -4 is out of range for rank 3 (allowed: [-3, 3])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.flatten %x {axis = -4 : i64} : (tensor<2x3x4xf32>) -> tensor<?x?xf32>
  return
}

// -----

func.func @flatten_wrong_result(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{'graph.flatten' op inferred type(s) 'tensor<6x4xf32>' are incompatible with return type(s) of operation 'tensor<2x12xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.flatten %x {axis = 2 : i64} : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
  return
}

//===----------------------------------------------------------------------===//
// Squeeze, Unsqueeze
//===----------------------------------------------------------------------===//

// -----

func.func @squeeze_non_one(%x: tensor<1x3xf32>) {
  // expected-error @+2 {{'graph.squeeze' op cannot squeeze dim 1 of size 3 (input shape 1x3)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.squeeze %x {axes = array<i64: 1>} : (tensor<1x3xf32>) -> tensor<1xf32>
  return
}

// -----

func.func @squeeze_axis_out_of_range(%x: tensor<1x3xf32>) {
  // expected-error @+2 {{'graph.squeeze' op axes [2] has 2, out of range for rank 2 (allowed: [-2, 1])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.squeeze %x {axes = array<i64: 2>} : (tensor<1x3xf32>) -> tensor<?xf32>
  return
}

// -----

func.func @squeeze_axis_twice(%x: tensor<1x3xf32>) {
  // expected-error @+2 {{'graph.squeeze' op axes [0, -2] names dim 0 twice}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.squeeze %x {axes = array<i64: 0, -2>} : (tensor<1x3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @squeeze_wrong_result(%x: tensor<1x3x1xf32>) {
  // expected-error @+2 {{'graph.squeeze' op inferred type(s) 'tensor<3xf32>' are incompatible with return type(s) of operation 'tensor<3x1xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.squeeze %x : (tensor<1x3x1xf32>) -> tensor<3x1xf32>
  return
}

// -----

// Axes index the result, of rank 2 + 2: 1 and -3 are both dim 1.
func.func @unsqueeze_axis_twice(%x: tensor<3x4xf32>) {
  // expected-error @+2 {{'graph.unsqueeze' op axes [1, -3] names dim 1 twice}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.unsqueeze %x {axes = array<i64: 1, -3>} : (tensor<3x4xf32>) -> tensor<3x1x1x4xf32>
  return
}

// -----

func.func @unsqueeze_axis_out_of_range(%x: tensor<3x4xf32>) {
  // expected-error @+2 {{'graph.unsqueeze' op axes [3] has 3, out of range for rank 3 (allowed: [-3, 2])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.unsqueeze %x {axes = array<i64: 3>} : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
  return
}

// -----

func.func @unsqueeze_wrong_result(%x: tensor<3x4xf32>) {
  // expected-error @+2 {{'graph.unsqueeze' op inferred type(s) 'tensor<3x4x1xf32>' are incompatible with return type(s) of operation 'tensor<1x3x4xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.unsqueeze %x {axes = array<i64: -1>} : (tensor<3x4xf32>) -> tensor<1x3x4xf32>
  return
}

//===----------------------------------------------------------------------===//
// Concat, Split
//===----------------------------------------------------------------------===//

// -----

func.func @concat_no_inputs() {
  // expected-error @+2 {{'graph.concat' op needs at least one input}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.concat {axis = 0 : i64} : () -> tensor<0xf32>
  return
}

// -----

func.func @concat_element_types(%a: tensor<2x3xf32>, %b: tensor<2x3xi32>) {
  // expected-error @+2 {{'graph.concat' op input #1 has element type 'i32' but input #0 has 'f32'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.concat %a, %b {axis = 0 : i64} : (tensor<2x3xf32>, tensor<2x3xi32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @concat_ranks(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>, %c: tensor<3xf32>) {
  // expected-error @+2 {{'graph.concat' op input #2 has rank 1 but input #0 has rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.concat %a, %b, %c {axis = 0 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>, tensor<3xf32>) -> tensor<?x3xf32>
  return
}

// -----

func.func @concat_dims(%a: tensor<2x3xf32>, %b: tensor<3x3xf32>) {
  // expected-error @+2 {{'graph.concat' op input #1 has shape 3x3 which differs from input #0's 2x3 in dim 0 (only the concat axis 1 may differ)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.concat %a, %b {axis = 1 : i64} : (tensor<2x3xf32>, tensor<3x3xf32>) -> tensor<2x6xf32>
  return
}

// -----

func.func @concat_axis(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>) {
  // expected-error @+2 {{'graph.concat' op axis -3 is out of range for rank 2 (allowed: [-2, 1])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.concat %a, %b {axis = -3 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<?x?xf32>
  return
}

// -----

func.func @concat_too_large(%a: tensor<4611686018427387904xi8>) {
  // expected-error @+2 {{'graph.concat' op the inputs' dims 0 add up to more than 2^63 - 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.concat %a, %a {axis = 0 : i64} : (tensor<4611686018427387904xi8>, tensor<4611686018427387904xi8>) -> tensor<?xi8>
  return
}

// -----

func.func @concat_wrong_result(%a: tensor<2x3xf32>, %b: tensor<2x5xf32>) {
  // expected-error @+2 {{'graph.concat' op inferred type(s) 'tensor<2x8xf32>' are incompatible with return type(s) of operation 'tensor<4x3xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.concat %a, %b {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @split_sum(%x: tensor<5x2xf32>) {
  // expected-error @+2 {{'graph.split' op split [2, 2] adds up to 4 but dim 0 of the input has size 5}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = graph.split %x {split = array<i64: 2, 2>} : (tensor<5x2xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>)
  return
}

// -----

func.func @split_negative(%x: tensor<5x2xf32>) {
  // expected-error @+2 {{'graph.split' op split [-1, 6] has a negative size}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = graph.split %x {split = array<i64: -1, 6>} : (tensor<5x2xf32>) -> (tensor<?x2xf32>, tensor<6x2xf32>)
  return
}

// -----

func.func @split_empty(%x: tensor<5x2xf32>) {
  // expected-error @+2 {{'graph.split' op split must list at least one size}}
  // expected-error @+1 {{failed to infer returned types}}
  graph.split %x {split = array<i64>} : (tensor<5x2xf32>) -> ()
  return
}

// -----

func.func @split_axis(%x: tensor<5x2xf32>) {
  // expected-error @+2 {{'graph.split' op axis 2 is out of range for rank 2 (allowed: [-2, 1])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = graph.split %x {axis = 2 : i64, split = array<i64: 1, 1>} : (tensor<5x2xf32>) -> (tensor<?x?xf32>, tensor<?x?xf32>)
  return
}

// -----

func.func @split_overflow(%x: tensor<?xf32>) {
  // expected-error @+2 {{'graph.split' op split [9223372036854775807, 2] adds up to more than 2^63 - 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = graph.split %x {split = array<i64: 9223372036854775807, 2>} : (tensor<?xf32>) -> (tensor<?xf32>, tensor<?xf32>)
  return
}

// -----

func.func @split_wrong_result(%x: tensor<5x2xf32>) {
  // expected-error @+2 {{'graph.split' op inferred type(s) 'tensor<2x2xf32>', 'tensor<3x2xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>', 'tensor<2x2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0:2 = graph.split %x {split = array<i64: 2, 3>} : (tensor<5x2xf32>) -> (tensor<3x2xf32>, tensor<2x2xf32>)
  return
}

//===----------------------------------------------------------------------===//
// Slice
//===----------------------------------------------------------------------===//

// -----

func.func @slice_starts_not_static(%x: tensor<4x10xf32>, %s: tensor<?xi64>, %e: tensor<1xi64>) {
  // expected-error @+2 {{'graph.slice' op starts must be a 1-D tensor of static length, got 'tensor<?xi64>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.slice %x, %s, %e : (tensor<4x10xf32>, tensor<?xi64>, tensor<1xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @slice_ends_length(%x: tensor<4x10xf32>, %s: tensor<1xi64>, %e: tensor<2xi64>) {
  // expected-error @+2 {{'graph.slice' op ends has 2 entries but starts has 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.slice %x, %s, %e : (tensor<4x10xf32>, tensor<1xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @slice_axes_length(%x: tensor<4x10xf32>, %s: tensor<1xi64>, %a: tensor<2xi64>) {
  // expected-error @+2 {{'graph.slice' op axes has 2 entries but starts has 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.slice %x, %s, %s, axes = %a : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @slice_steps_length(%x: tensor<4x10xf32>, %s: tensor<1xi64>, %k: tensor<3xi32>) {
  // expected-error @+2 {{'graph.slice' op steps has 3 entries but starts has 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.slice %x, %s, %s, steps = %k : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<3xi32>) -> tensor<?x?xf32>
  return
}

// -----

func.func @slice_too_many_starts(%x: tensor<4x10xf32>, %s: tensor<3xi64>) {
  // expected-error @+2 {{'graph.slice' op starts has 3 entries but the input has rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.slice %x, %s, %s : (tensor<4x10xf32>, tensor<3xi64>, tensor<3xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @slice_zero_step(%x: tensor<4x10xf32>) {
  %s = graph.constant dense<[0, 0]> : tensor<2xi64>
  %e = graph.constant dense<[4, 10]> : tensor<2xi64>
  %k = graph.constant dense<[1, 0]> : tensor<2xi64>
  // expected-error @+2 {{'graph.slice' op steps [1, 0] contains 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.slice %x, %s, %e, steps = %k : (tensor<4x10xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @slice_axis_out_of_range(%x: tensor<4x10xf32>, %s: tensor<1xi64>) {
  %a = graph.constant dense<[2]> : tensor<1xi64>
  // expected-error @+2 {{'graph.slice' op axes [2] has 2, out of range for rank 2 (allowed: [-2, 1])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.slice %x, %s, %s, axes = %a : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @slice_axis_twice(%x: tensor<4x10xf32>, %s: tensor<2xi64>) {
  %a = graph.constant dense<[1, -1]> : tensor<2xi64>
  // expected-error @+2 {{'graph.slice' op axes [1, -1] names dim 1 twice}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.slice %x, %s, %s, axes = %a : (tensor<4x10xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @slice_wrong_result(%x: tensor<4x10xf32>) {
  %s = graph.constant dense<[-3]> : tensor<1xi64>
  %e = graph.constant dense<[9223372036854775807]> : tensor<1xi64>
  // expected-error @+2 {{'graph.slice' op inferred type(s) 'tensor<3x10xf32>' are incompatible with return type(s) of operation 'tensor<4x3xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.slice %x, %s, %e : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<4x3xf32>
  return
}

//===----------------------------------------------------------------------===//
// Gather
//===----------------------------------------------------------------------===//

// -----

func.func @gather_axis(%d: tensor<3x4xf32>, %i: tensor<2xi64>) {
  // expected-error @+2 {{'graph.gather' op axis 2 is out of range for rank 2 (allowed: [-2, 1])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.gather %d, %i {axis = 2 : i64} : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @gather_rank0_data(%d: tensor<f32>, %i: tensor<i64>) {
  // expected-error @+2 {{'graph.gather' op data must have rank >= 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.gather %d, %i : (tensor<f32>, tensor<i64>) -> tensor<f32>
  return
}

// -----

func.func @gather_wrong_result(%d: tensor<3x4xf32>, %i: tensor<2x5xi64>) {
  // expected-error @+2 {{'graph.gather' op inferred type(s) 'tensor<3x2x5xf32>' are incompatible with return type(s) of operation 'tensor<2x5x4xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.gather %d, %i {axis = 1 : i64} : (tensor<3x4xf32>, tensor<2x5xi64>) -> tensor<2x5x4xf32>
  return
}

//===----------------------------------------------------------------------===//
// Expand, Tile
//===----------------------------------------------------------------------===//

// -----

func.func @expand_incompatible(%x: tensor<2x3xf32>) {
  %s = graph.constant dense<[4]> : tensor<1xi64>
  // expected-error @+2 {{'graph.expand' op shapes 2x3, 4 are not broadcast-compatible: dim 1 (counted in the broadcast result) has sizes 3 and 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.expand %x, %s : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @expand_negative(%x: tensor<2x3xf32>) {
  %s = graph.constant dense<[2, -1]> : tensor<2xi64>
  // expected-error @+2 {{'graph.expand' op shape [2, -1] has a negative size}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.expand %x, %s : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @expand_shape_not_static(%x: tensor<2x3xf32>, %s: tensor<?xi64>) {
  // expected-error @+2 {{'graph.expand' op shape must be a 1-D tensor of static length, got 'tensor<?xi64>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.expand %x, %s : (tensor<2x3xf32>, tensor<?xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @expand_wrong_result(%x: tensor<3x1xf32>) {
  %s = graph.constant dense<[1, 4]> : tensor<2xi64>
  // expected-error @+2 {{'graph.expand' op inferred type(s) 'tensor<3x4xf32>' are incompatible with return type(s) of operation 'tensor<1x4xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.expand %x, %s : (tensor<3x1xf32>, tensor<2xi64>) -> tensor<1x4xf32>
  return
}

// -----

func.func @tile_repeats_length(%x: tensor<2x3xf32>, %r: tensor<1xi64>) {
  // expected-error @+2 {{'graph.tile' op repeats has 1 entries but the input has rank 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.tile %x, %r : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @tile_negative(%x: tensor<2x3xf32>) {
  %r = graph.constant dense<[1, -1]> : tensor<2xi64>
  // expected-error @+2 {{'graph.tile' op repeats [1, -1] has a negative entry}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.tile %x, %r : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @tile_overflow(%x: tensor<2x3xf32>) {
  %r = graph.constant dense<[9223372036854775807, 1]> : tensor<2xi64>
  // expected-error @+2 {{'graph.tile' op repeats [9223372036854775807, 1] make dim 0 of size 2 larger than 2^63 - 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.tile %x, %r : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @tile_repeats_not_static(%x: tensor<2x3xf32>, %r: tensor<?xi64>) {
  // expected-error @+2 {{'graph.tile' op repeats must be a 1-D tensor of static length, got 'tensor<?xi64>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.tile %x, %r : (tensor<2x3xf32>, tensor<?xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @tile_wrong_result(%x: tensor<2x3xf32>) {
  %r = graph.constant dense<[1, 2]> : tensor<2xi64>
  // expected-error @+2 {{'graph.tile' op inferred type(s) 'tensor<2x6xf32>' are incompatible with return type(s) of operation 'tensor<4x3xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.tile %x, %r : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<4x3xf32>
  return
}

//===----------------------------------------------------------------------===//
// Pad
//===----------------------------------------------------------------------===//

// -----

func.func @pad_mode(%x: tensor<2x3xf32>, %p: tensor<4xi64>) {
  // expected-error @+2 {{'graph.pad' op mode must be "constant", "reflect", "edge" or "wrap", got "symmetric"}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.pad %x, %p {mode = "symmetric"} : (tensor<2x3xf32>, tensor<4xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @pad_pads_length(%x: tensor<2x3xf32>, %p: tensor<3xi64>) {
  // expected-error @+2 {{'graph.pad' op pads has 3 entries; expected 4 (a begin and an end for each of 2 padded dims)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.pad %x, %p : (tensor<2x3xf32>, tensor<3xi64>) -> tensor<?x?xf32>
  return
}

// -----

// With axes, pads has two entries per listed axis.
func.func @pad_pads_length_with_axes(%x: tensor<2x3xf32>, %p: tensor<4xi64>) {
  %a = graph.constant dense<[1]> : tensor<1xi64>
  // expected-error @+2 {{'graph.pad' op pads has 4 entries; expected 2 (a begin and an end for each of 1 padded dims)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.pad %x, %p, axes = %a : (tensor<2x3xf32>, tensor<4xi64>, tensor<1xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @pad_pads_not_static(%x: tensor<2x3xf32>, %p: tensor<?xi64>) {
  // expected-error @+2 {{'graph.pad' op pads must be a 1-D tensor of static length, got 'tensor<?xi64>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.pad %x, %p : (tensor<2x3xf32>, tensor<?xi64>) -> tensor<?x?xf32>
  return
}

// -----

func.func @pad_negative_result(%x: tensor<1x3xf32>) {
  %p = graph.constant dense<[-1, 0, -1, 0]> : tensor<4xi64>
  // expected-error @+2 {{'graph.pad' op pads [-1, 0, -1, 0] crop dim 0 of size 1 below zero}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.pad %x, %p : (tensor<1x3xf32>, tensor<4xi64>) -> tensor<?x3xf32>
  return
}

// -----

func.func @pad_overflow(%x: tensor<2xf32>) {
  %p = graph.constant dense<[9223372036854775807, 1]> : tensor<2xi64>
  // expected-error @+2 {{'graph.pad' op pads [9223372036854775807, 1] overflow dim 0 of size 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.pad %x, %p : (tensor<2xf32>, tensor<2xi64>) -> tensor<?xf32>
  return
}

// -----

func.func @pad_value_not_scalar(%x: tensor<2x3xf32>, %p: tensor<4xi64>, %v: tensor<2xf32>) {
  // expected-error @+2 {{'graph.pad' op constant_value must be a scalar of 'f32', got 'tensor<2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.pad %x, %p, value = %v : (tensor<2x3xf32>, tensor<4xi64>, tensor<2xf32>) -> tensor<?x?xf32>
  return
}

// -----

func.func @pad_value_element_type(%x: tensor<2x3xf32>, %p: tensor<4xi64>, %v: tensor<f16>) {
  // expected-error @+2 {{'graph.pad' op constant_value must be a scalar of 'f32', got 'tensor<f16>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.pad %x, %p, value = %v : (tensor<2x3xf32>, tensor<4xi64>, tensor<f16>) -> tensor<?x?xf32>
  return
}

// -----

func.func @pad_axis_out_of_range(%x: tensor<2x3xf32>, %p: tensor<2xi64>) {
  %a = graph.constant dense<[-3]> : tensor<1xi64>
  // expected-error @+2 {{'graph.pad' op axes [-3] has -3, out of range for rank 2 (allowed: [-2, 1])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.pad %x, %p, axes = %a : (tensor<2x3xf32>, tensor<2xi64>, tensor<1xi64>) -> tensor<?x?xf32>
  return
}

// -----

// Non-constant axes: at most one per dim.
func.func @pad_too_many_axes(%x: tensor<2xf32>, %a: tensor<3xi64>) {
  %p = graph.constant dense<1> : tensor<6xi64>
  // expected-error @+2 {{'graph.pad' op axes has 3 entries but the input has rank 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.pad %x, %p, axes = %a : (tensor<2xf32>, tensor<6xi64>, tensor<3xi64>) -> tensor<?xf32>
  return
}

// -----

func.func @pad_wrong_result(%x: tensor<2x3xf32>) {
  %p = graph.constant dense<[1, 0, 2, 0]> : tensor<4xi64>
  // expected-error @+2 {{'graph.pad' op inferred type(s) 'tensor<5x3xf32>' are incompatible with return type(s) of operation 'tensor<2x6xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.pad %x, %p : (tensor<2x3xf32>, tensor<4xi64>) -> tensor<2x6xf32>
  return
}

//===----------------------------------------------------------------------===//
// Resize
//===----------------------------------------------------------------------===//

// -----

func.func @resize_scales_and_sizes(%x: tensor<1x1x4x4xf32>, %sc: tensor<4xf32>, %sz: tensor<4xi64>) {
  // expected-error @+1 {{'graph.resize' op needs exactly one of 'scales' and 'sizes'}}
  %0 = graph.resize %x, scales = %sc, sizes = %sz : (tensor<1x1x4x4xf32>, tensor<4xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  return
}

// -----

func.func @resize_neither(%x: tensor<1x1x4x4xf32>) {
  // expected-error @+1 {{'graph.resize' op needs exactly one of 'scales' and 'sizes'}}
  %0 = graph.resize %x : (tensor<1x1x4x4xf32>) -> tensor<?x?x?x?xf32>
  return
}

// -----

func.func @resize_mode(%x: tensor<1x1x4x4xf32>, %sz: tensor<4xi64>) {
  // expected-error @+1 {{'graph.resize' op mode must be "nearest", "linear" or "cubic", got "bilinear"}}
  %0 = graph.resize %x, sizes = %sz {mode = "bilinear"} : (tensor<1x1x4x4xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  return
}

// -----

func.func @resize_coordinate_transformation_mode(%x: tensor<1x1x4x4xf32>, %sz: tensor<4xi64>) {
  // expected-error @+1 {{'graph.resize' op unknown coordinate_transformation_mode "half_pixel_asymmetric"}}
  %0 = graph.resize %x, sizes = %sz {coordinate_transformation_mode = "half_pixel_asymmetric"} : (tensor<1x1x4x4xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  return
}

// -----

func.func @resize_nearest_mode(%x: tensor<1x1x4x4xf32>, %sz: tensor<4xi64>) {
  // expected-error @+1 {{'graph.resize' op unknown nearest_mode "round"}}
  %0 = graph.resize %x, sizes = %sz {nearest_mode = "round"} : (tensor<1x1x4x4xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  return
}

// -----

func.func @resize_crop_without_roi(%x: tensor<1x1x4x4xf32>, %sz: tensor<4xi64>) {
  // expected-error @+1 {{'graph.resize' op coordinate_transformation_mode "tf_crop_and_resize" needs roi}}
  %0 = graph.resize %x, sizes = %sz {coordinate_transformation_mode = "tf_crop_and_resize"} : (tensor<1x1x4x4xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  return
}

// -----

func.func @resize_zero_scale(%x: tensor<1x1x4x4xf32>) {
  %s = graph.constant dense<[1.0, 1.0, 0.0, 2.0]> : tensor<4xf32>
  // expected-error @+2 {{'graph.resize' op scales must be positive and finite, got 0.000000e+00 for dim 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.resize %x, scales = %s : (tensor<1x1x4x4xf32>, tensor<4xf32>) -> tensor<?x?x?x?xf32>
  return
}

// -----

func.func @resize_negative_scale(%x: tensor<1x1x4x4xf32>) {
  %s = graph.constant dense<[1.0, -2.0, 1.0, 2.0]> : tensor<4xf32>
  // expected-error @+2 {{'graph.resize' op scales must be positive and finite, got -2.000000e+00 for dim 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.resize %x, scales = %s : (tensor<1x1x4x4xf32>, tensor<4xf32>) -> tensor<?x?x?x?xf32>
  return
}

// -----

func.func @resize_nan_scale(%x: tensor<1x1x4x4xf32>) {
  %s = graph.constant dense<[1.0, 1.0, 0x7FC00000, 2.0]> : tensor<4xf32>
  // expected-error @+2 {{'graph.resize' op scales must be positive and finite, got nan for dim 2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.resize %x, scales = %s : (tensor<1x1x4x4xf32>, tensor<4xf32>) -> tensor<?x?x?x?xf32>
  return
}

// -----

func.func @resize_huge_scale(%x: tensor<1x1x4x4xf32>) {
  %s = graph.constant dense<[1.0, 1.0, 1.0, 1.0e30]> : tensor<4xf32>
  // expected-error @+2 {{'graph.resize' op scale 1.000000e+30 makes dim 3 of size 4 too large}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.resize %x, scales = %s : (tensor<1x1x4x4xf32>, tensor<4xf32>) -> tensor<?x?x?x?xf32>
  return
}

// -----

func.func @resize_scales_length(%x: tensor<1x1x4x4xf32>, %s: tensor<2xf32>) {
  // expected-error @+2 {{'graph.resize' op scales has 2 entries but X has rank 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.resize %x, scales = %s : (tensor<1x1x4x4xf32>, tensor<2xf32>) -> tensor<?x?x?x?xf32>
  return
}

// -----

func.func @resize_scales_not_static(%x: tensor<1x1x4x4xf32>, %s: tensor<?xf32>) {
  // expected-error @+2 {{'graph.resize' op scales must be a 1-D tensor of static length, got 'tensor<?xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.resize %x, scales = %s : (tensor<1x1x4x4xf32>, tensor<?xf32>) -> tensor<?x?x?x?xf32>
  return
}

// -----

func.func @resize_sizes_length(%x: tensor<1x1x4x4xf32>, %s: tensor<3xi64>) {
  // expected-error @+2 {{'graph.resize' op sizes has 3 entries but X has rank 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.resize %x, sizes = %s : (tensor<1x1x4x4xf32>, tensor<3xi64>) -> tensor<?x?x?x?xf32>
  return
}

// -----

func.func @resize_negative_size(%x: tensor<1x1x4x4xf32>) {
  %s = graph.constant dense<[1, 1, -8, 8]> : tensor<4xi64>
  // expected-error @+2 {{'graph.resize' op sizes [1, 1, -8, 8] has a negative entry}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.resize %x, sizes = %s : (tensor<1x1x4x4xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  return
}

// -----

func.func @resize_wrong_result(%x: tensor<1x1x10x10xf32>) {
  %s = graph.constant dense<[1.0, 1.0, 0.7, 0.7]> : tensor<4xf32>
  // expected-error @+2 {{'graph.resize' op inferred type(s) 'tensor<1x1x7x7xf32>' are incompatible with return type(s) of operation 'tensor<1x1x6x6xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.resize %x, scales = %s : (tensor<1x1x10x10xf32>, tensor<4xf32>) -> tensor<1x1x6x6xf32>
  return
}

//===----------------------------------------------------------------------===//
// Custom syntax of optional operands: `, name = %v`, each optional, in
// declaration order (Slice, Pad, Resize)
//===----------------------------------------------------------------------===//

// -----

func.func @resize_operand_order(%x: tensor<1x1x4x4xf32>, %s: tensor<4xf32>, %r: tensor<8xf32>) {
  // expected-error @+1 {{'roi' must come before 'scales'}}
  %0 = graph.resize %x, scales = %s, roi = %r : (tensor<1x1x4x4xf32>, tensor<4xf32>, tensor<8xf32>) -> tensor<?x?x?x?xf32>
  return
}

// -----

func.func @resize_operand_twice(%x: tensor<1x1x4x4xf32>, %s: tensor<4xf32>) {
  // expected-error @+1 {{'scales' appears twice}}
  %0 = graph.resize %x, scales = %s, scales = %s : (tensor<1x1x4x4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<?x?x?x?xf32>
  return
}

// -----

func.func @slice_unknown_keyword(%x: tensor<4xf32>, %s: tensor<1xi64>) {
  // expected-error @+1 {{expected 'axes' or 'steps'}}
  %0 = graph.slice %x, %s, %s, step = %s : (tensor<4xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?xf32>
  return
}

// -----

func.func @slice_operand_after_last(%x: tensor<4xf32>, %s: tensor<1xi64>) {
  // expected-error @+1 {{expected nothing after 'steps' operand}}
  %0 = graph.slice %x, %s, %s, steps = %s, %s : (tensor<4xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?xf32>
  return
}

// -----

func.func @pad_unknown_keyword(%x: tensor<4xf32>, %p: tensor<2xi64>, %v: tensor<f32>) {
  // expected-error @+1 {{expected 'value' or 'axes'}}
  %0 = graph.pad %x, %p, constant_value = %v : (tensor<4xf32>, tensor<2xi64>, tensor<f32>) -> tensor<?xf32>
  return
}

//===----------------------------------------------------------------------===//
// Shape, Range
//===----------------------------------------------------------------------===//

// -----

func.func @shape_wrong_result(%x: tensor<2x3x4xf32>) {
  // expected-error @+2 {{'graph.shape' op inferred type(s) 'tensor<2xi64>' are incompatible with return type(s) of operation 'tensor<3xi64>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.shape %x {start = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<3xi64>
  return
}

// -----

func.func @range_not_scalar(%s: tensor<f32>, %l: tensor<1xf32>) {
  // expected-error @+2 {{'graph.range' op limit must be a scalar (rank 0), got 'tensor<1xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.range %s, %l, %s : (tensor<f32>, tensor<1xf32>, tensor<f32>) -> tensor<?xf32>
  return
}

// -----

func.func @range_element_types(%s: tensor<f32>, %d: tensor<i64>) {
  // expected-error @+2 {{'graph.range' op delta has element type 'i64' but start has 'f32'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.range %s, %s, %d : (tensor<f32>, tensor<f32>, tensor<i64>) -> tensor<?xf32>
  return
}

// -----

func.func @range_zero_delta(%s: tensor<i64>, %l: tensor<i64>) {
  %d = graph.constant dense<0> : tensor<i64>
  // expected-error @+2 {{'graph.range' op delta must not be 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.range %s, %l, %d : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  return
}

// -----

func.func @range_wrong_result() {
  %s = graph.constant dense<0> : tensor<i64>
  %l = graph.constant dense<10> : tensor<i64>
  %d = graph.constant dense<3> : tensor<i64>
  // expected-error @+2 {{'graph.range' op inferred type(s) 'tensor<4xi64>' are incompatible with return type(s) of operation 'tensor<3xi64>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.range %s, %l, %d : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<3xi64>
  return
}
