// RUN: dlc-opt %s -split-input-file -verify-diagnostics

//===----------------------------------------------------------------------===//
// graph.matmul
//===----------------------------------------------------------------------===//

func.func @matmul_k_mismatch(%a: tensor<3x4xf32>, %b: tensor<5x6xf32>) -> tensor<3x6xf32> {
  // expected-error @+2 {{contraction dims differ: lhs 3x4 has K = 4 but rhs 5x6 has K = 5}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.matmul %a, %b : (tensor<3x4xf32>, tensor<5x6xf32>) -> tensor<3x6xf32>
  return %0 : tensor<3x6xf32>
}

// -----

// The 1-D lhs is promoted to 1x4; its K (4) disagrees with rhs[-2] (3).
func.func @matmul_k_mismatch_1d(%a: tensor<4xf32>, %b: tensor<2x3x5xf32>) -> tensor<2x5xf32> {
  // expected-error @+2 {{contraction dims differ: lhs 4 has K = 4 but rhs 2x3x5 has K = 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.matmul %a, %b : (tensor<4xf32>, tensor<2x3x5xf32>) -> tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}

// -----

func.func @matmul_rank0(%a: tensor<f32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+2 {{matmul operands must have rank >= 1, got scalar and 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.matmul %a, %b : (tensor<f32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @matmul_batch_mismatch(%a: tensor<2x3x4xf32>, %b: tensor<3x4x5xf32>) -> tensor<2x3x5xf32> {
  // expected-error @+2 {{batch dims: shapes 2, 3 are not broadcast-compatible: dim 0 (counted in the broadcast result) has sizes 2 and 3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.matmul %a, %b : (tensor<2x3x4xf32>, tensor<3x4x5xf32>) -> tensor<2x3x5xf32>
  return %0 : tensor<2x3x5xf32>
}

// -----

func.func @matmul_element_type(%a: tensor<3x4xf32>, %b: tensor<4x5xf16>) -> tensor<3x5xf32> {
  // expected-error @+2 {{operands must have the same element type, got 'f32' and 'f16'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.matmul %a, %b : (tensor<3x4xf32>, tensor<4x5xf16>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

// 1-D x 1-D gives a scalar, not a 1-element vector.
func.func @matmul_wrong_result(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<1xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<f32>' are incompatible with return type(s) of operation 'tensor<1xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.matmul %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<1xf32>
  return %0 : tensor<1xf32>
}

// -----

//===----------------------------------------------------------------------===//
// graph.gemm
//===----------------------------------------------------------------------===//

func.func @gemm_not_2d(%a: tensor<2x3x4xf32>, %b: tensor<4x5xf32>) -> tensor<3x5xf32> {
  // expected-error @+2 {{A and B must be 2-D, got 2x3x4 and 4x5}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.gemm %a, %b : (tensor<2x3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

func.func @gemm_1d(%a: tensor<3x4xf32>, %b: tensor<4xf32>) -> tensor<3xf32> {
  // expected-error @+2 {{A and B must be 2-D, got 3x4 and 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.gemm %a, %b : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @gemm_k_mismatch(%a: tensor<3x4xf32>, %b: tensor<5x6xf32>) -> tensor<3x6xf32> {
  // expected-error @+2 {{contraction dims differ: op(A) is 3x4 but op(B) is 5x6 (transA = false, transB = false)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.gemm %a, %b : (tensor<3x4xf32>, tensor<5x6xf32>) -> tensor<3x6xf32>
  return %0 : tensor<3x6xf32>
}

// -----

// Without transA the shapes would agree (K = 4); transA makes op(A) 4x3.
func.func @gemm_k_mismatch_trans_a(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>) -> tensor<4x5xf32> {
  // expected-error @+2 {{contraction dims differ: op(A) is 4x3 but op(B) is 4x5 (transA = true, transB = false)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.gemm %a, %b {transA = true} : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<4x5xf32>
  return %0 : tensor<4x5xf32>
}

// -----

// B is 10x512 as for transB, but transB is not set.
func.func @gemm_k_mismatch_trans_b(%a: tensor<1x512xf32>, %b: tensor<10x512xf32>) -> tensor<1x512xf32> {
  // expected-error @+2 {{contraction dims differ: op(A) is 1x512 but op(B) is 10x512 (transA = false, transB = false)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.gemm %a, %b : (tensor<1x512xf32>, tensor<10x512xf32>) -> tensor<1x512xf32>
  return %0 : tensor<1x512xf32>
}

// -----

// A dynamic M is printed as `?` in the message.
func.func @gemm_k_mismatch_dynamic(%a: tensor<?x4xf32>, %b: tensor<6x5xf32>) -> tensor<?x6xf32> {
  // expected-error @+2 {{contraction dims differ: op(A) is ?x4 but op(B) is 5x6 (transA = false, transB = true)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.gemm %a, %b {transB = true} : (tensor<?x4xf32>, tensor<6x5xf32>) -> tensor<?x6xf32>
  return %0 : tensor<?x6xf32>
}

// -----

func.func @gemm_element_type(%a: tensor<3x4xf32>, %b: tensor<4x5xf16>) -> tensor<3x5xf32> {
  // expected-error @+2 {{A and B must have the same element type, got 'f32' and 'f16'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.gemm %a, %b : (tensor<3x4xf32>, tensor<4x5xf16>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

func.func @gemm_c_element_type(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>, %c: tensor<5xf16>) -> tensor<3x5xf32> {
  // expected-error @+2 {{C must be a ranked tensor of 'f32', got 'tensor<5xf16>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.gemm %a, %b, %c : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf16>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

// C must broadcast to M x N = 3x5; 3 does not match N = 5.
func.func @gemm_c_not_broadcastable(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>, %c: tensor<3xf32>) -> tensor<3x5xf32> {
  // expected-error @+2 {{C of shape 3 does not broadcast to the result shape 3x5}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.gemm %a, %b, %c : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<3xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

// Broadcasting is unidirectional: C may not have more dims than the result.
func.func @gemm_c_rank3(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>, %c: tensor<1x3x5xf32>) -> tensor<3x5xf32> {
  // expected-error @+2 {{C of shape 1x3x5 does not broadcast to the result shape 3x5}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.gemm %a, %b, %c : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<1x3x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

// transA and transB make the result 3x5, not 4x4.
func.func @gemm_wrong_result(%a: tensor<4x3xf32>, %b: tensor<5x4xf32>) -> tensor<4x4xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<3x5xf32>' are incompatible with return type(s) of operation 'tensor<4x4xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.gemm %a, %b {transA = true, transB = true} : (tensor<4x3xf32>, tensor<5x4xf32>) -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// -----

//===----------------------------------------------------------------------===//
// graph.conv
//===----------------------------------------------------------------------===//

func.func @conv_channel_mismatch(%x: tensor<1x3x8x8xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+2 {{input channels (3) must equal weight dim 1 (2) times group (1)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w : (tensor<1x3x8x8xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

// With group 2, W must have 8 / 2 = 4 input channels.
func.func @conv_group_channel_mismatch(%x: tensor<1x8x8x8xf32>, %w: tensor<4x8x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+2 {{input channels (8) must equal weight dim 1 (8) times group (2)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w {group = 2 : i64} : (tensor<1x8x8x8xf32>, tensor<4x8x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @conv_m_not_multiple_of_group(%x: tensor<1x4x8x8xf32>, %w: tensor<6x1x3x3xf32>) -> tensor<1x6x6x6xf32> {
  // expected-error @+2 {{output channels (6) must be a multiple of group (4)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w {group = 4 : i64} : (tensor<1x4x8x8xf32>, tensor<6x1x3x3xf32>) -> tensor<1x6x6x6xf32>
  return %0 : tensor<1x6x6x6xf32>
}

// -----

func.func @conv_group_zero(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+2 {{group must be >= 1, got 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w {group = 0 : i64} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @conv_strides_length(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+2 {{strides has 1 entries but the input has 2 spatial dims (expected 2)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w {strides = array<i64: 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

// pads need a begin and an end per spatial dim: 4 entries, not 2.
func.func @conv_pads_length(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32> {
  // expected-error @+2 {{pads has 2 entries but the input has 2 spatial dims (expected 4)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w {pads = array<i64: 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  return %0 : tensor<1x4x8x8xf32>
}

// -----

func.func @conv_dilations_length(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+2 {{dilations has 3 entries but the input has 2 spatial dims (expected 2)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w {dilations = array<i64: 1, 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @conv_kernel_shape_length(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+2 {{kernel_shape has 1 entries but the input has 2 spatial dims (expected 2)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w {kernel_shape = array<i64: 3>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @conv_zero_stride(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+2 {{strides must be >= 1, got [1, 0]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w {strides = array<i64: 1, 0>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @conv_negative_stride(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+2 {{strides must be >= 1, got [-1, 1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w {strides = array<i64: -1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @conv_zero_dilation(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+2 {{dilations must be >= 1, got [0, 1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w {dilations = array<i64: 0, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @conv_negative_pads(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+2 {{pads must be >= 0, got [1, -1, 1, 1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w {pads = array<i64: 1, -1, 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @conv_zero_kernel_shape(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x?x?xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+2 {{kernel_shape must be >= 1, got [3, 0]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w {kernel_shape = array<i64: 3, 0>} : (tensor<1x3x8x8xf32>, tensor<4x3x?x?xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @conv_kernel_shape_mismatch(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32> {
  // expected-error @+2 {{kernel_shape [5, 5] does not match the weight's spatial dims 3x3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w {kernel_shape = array<i64: 5, 5>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// -----

// A zero-size kernel would make the dilated kernel 1 - dilation <= 0 (it used
// to infer an output larger than the input, 9x6).
func.func @conv_zero_size_weight(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x0x3xf32>) -> tensor<1x4x9x6xf32> {
  // expected-error @+2 {{weight W has spatial dims 0x3; kernel sizes must be >= 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w : (tensor<1x3x8x8xf32>, tensor<4x3x0x3xf32>) -> tensor<1x4x9x6xf32>
  return %0 : tensor<1x4x9x6xf32>
}

// -----

func.func @conv_bad_auto_pad(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32> {
  // expected-error @+2 {{auto_pad must be NOTSET, SAME_UPPER, SAME_LOWER or VALID, got "SAME"}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w {auto_pad = "SAME"} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  return %0 : tensor<1x4x8x8xf32>
}

// -----

// auto_pad is case-sensitive, as in ONNX.
func.func @conv_bad_auto_pad_case(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+2 {{auto_pad must be NOTSET, SAME_UPPER, SAME_LOWER or VALID, got "valid"}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w {auto_pad = "valid"} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @conv_bias_size(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+2 {{bias B has 3 elements but there are 4 output channels}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w, %b : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @conv_bias_rank(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<1x4xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+2 {{bias B must be 1-D of 'f32', got 'tensor<1x4xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w, %b : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<1x4xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @conv_bias_element_type(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<4xf16>) -> tensor<1x4x6x6xf32> {
  // expected-error @+2 {{bias B must be 1-D of 'f32', got 'tensor<4xf16>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w, %b : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf16>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

func.func @conv_element_type(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf16>) -> tensor<1x4x6x6xf32> {
  // expected-error @+2 {{X and W must have the same element type, got 'f32' and 'f16'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf16>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

// 2 - 3 + 1 = 0 output rows.
func.func @conv_spatial_too_small(%x: tensor<1x3x2x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x1x6xf32> {
  // expected-error @+2 {{spatial dim 0 of size 2 is smaller than the dilated kernel (3) plus padding; the output would have size 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w : (tensor<1x3x2x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x1x6xf32>
  return %0 : tensor<1x4x1x6xf32>
}

// -----

// The dilated kernel 3 * (3 - 1) + 1 = 7 does not fit in 6 (VALID).
func.func @conv_spatial_too_small_valid(%x: tensor<1x3x8x6xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x2x1xf32> {
  // expected-error @+2 {{spatial dim 1 of size 6 is smaller than the dilated kernel (7) plus padding; the output would have size 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w {auto_pad = "VALID", dilations = array<i64: 3, 3>} : (tensor<1x3x8x6xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x2x1xf32>
  return %0 : tensor<1x4x2x1xf32>
}

// -----

func.func @conv_x_rank(%x: tensor<1x3xf32>, %w: tensor<4x3xf32>) -> tensor<1x4xf32> {
  // expected-error @+2 {{input X must have rank >= 3 (N x C x D...), got 1x3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w : (tensor<1x3xf32>, tensor<4x3xf32>) -> tensor<1x4xf32>
  return %0 : tensor<1x4xf32>
}

// -----

func.func @conv_w_rank(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3xf32>) -> tensor<1x4x6x6xf32> {
  // expected-error @+2 {{weight W must have the rank of X (4), got 4x3x3}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w : (tensor<1x3x8x8xf32>, tensor<4x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

// floor((224 + 2 - 3) / 2) + 1 = 112, not 111.
func.func @conv_wrong_result(%x: tensor<1x3x224x224xf32>, %w: tensor<64x3x3x3xf32>) -> tensor<1x64x111x111xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<1x64x112x112xf32>' are incompatible with return type(s) of operation 'tensor<1x64x111x111xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w {pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x3x224x224xf32>, tensor<64x3x3x3xf32>) -> tensor<1x64x111x111xf32>
  return %0 : tensor<1x64x111x111xf32>
}

// -----

// The result element type must be the input's.
func.func @conv_wrong_result_element_type(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf16> {
  // expected-error @+2 {{inferred type(s) 'tensor<1x4x6x6xf32>' are incompatible with return type(s) of operation 'tensor<1x4x6x6xf16>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv %x, %w : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf16>
  return %0 : tensor<1x4x6x6xf16>
}

// -----

// Integer convolution is not a graph.conv.
func.func @conv_integer(%x: tensor<1x3x8x8xi32>, %w: tensor<4x3x3x3xi32>) -> tensor<1x4x6x6xi32> {
  // expected-error @+1 {{operand #0 must be ranked tensor of floating-point values, but got 'tensor<1x3x8x8xi32>'}}
  %0 = graph.conv %x, %w : (tensor<1x3x8x8xi32>, tensor<4x3x3x3xi32>) -> tensor<1x4x6x6xi32>
  return %0 : tensor<1x4x6x6xi32>
}

// -----

//===----------------------------------------------------------------------===//
// graph.conv_transpose
//===----------------------------------------------------------------------===//

// X has 8 channels, W[0] is 16.
func.func @conv_transpose_channel_mismatch(%x: tensor<1x8x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x8x9x9xf32> {
  // expected-error @+2 {{input channels (8) must equal weight dim 0 (16)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv_transpose %x, %w : (tensor<1x8x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x9x9xf32>
  return %0 : tensor<1x8x9x9xf32>
}

// -----

func.func @conv_transpose_group_mismatch(%x: tensor<1x6x8x8xf32>, %w: tensor<6x2x2x2xf32>) -> tensor<1x8x9x9xf32> {
  // expected-error @+2 {{input channels (6) must be a multiple of group (4)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv_transpose %x, %w {group = 4 : i64} : (tensor<1x6x8x8xf32>, tensor<6x2x2x2xf32>) -> tensor<1x8x9x9xf32>
  return %0 : tensor<1x8x9x9xf32>
}

// -----

func.func @conv_transpose_group_zero(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x8x9x9xf32> {
  // expected-error @+2 {{group must be >= 1, got 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv_transpose %x, %w {group = 0 : i64} : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x9x9xf32>
  return %0 : tensor<1x8x9x9xf32>
}

// -----

func.func @conv_transpose_output_padding_length(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x8x17x17xf32> {
  // expected-error @+2 {{output_padding has 1 entries but the input has 2 spatial dims}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv_transpose %x, %w {output_padding = array<i64: 1>, strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x17x17xf32>
  return %0 : tensor<1x8x17x17xf32>
}

// -----

// output_padding adds elements; a negative one would silently shrink the output.
func.func @conv_transpose_output_padding_negative(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x8x15x16xf32> {
  // expected-error @+2 {{output_padding must be >= 0, got [-1, 0]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv_transpose %x, %w {output_padding = array<i64: -1, 0>, strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x15x16xf32>
  return %0 : tensor<1x8x15x16xf32>
}

// -----

func.func @conv_transpose_output_shape_length(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x8x16x16xf32> {
  // expected-error @+2 {{output_shape has 3 entries; expected 2 (spatial) or 4}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv_transpose %x, %w {output_shape = array<i64: 8, 16, 16>, strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x16x16xf32>
  return %0 : tensor<1x8x16x16xf32>
}

// -----

// Only the spatial entries of output_shape are used, and each must be >= 1
// (a negative one used to give the inferred type tensor<1x8x-5x16xf32>).
func.func @conv_transpose_output_shape_negative(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x8x?x16xf32> {
  // expected-error @+2 {{output_shape [-5, 16] has a spatial size below 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv_transpose %x, %w {output_shape = array<i64: -5, 16>, strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x?x16xf32>
  return %0 : tensor<1x8x?x16xf32>
}

// -----

// kernel_shape must agree with W, as for graph.conv (it used to override W
// silently and infer 10x10).
func.func @conv_transpose_kernel_shape_mismatch(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x8x10x10xf32> {
  // expected-error @+2 {{kernel_shape [3, 3] does not match the weight's spatial dims 2x2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv_transpose %x, %w {kernel_shape = array<i64: 3, 3>} : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x10x10xf32>
  return %0 : tensor<1x8x10x10xf32>
}

// -----

// A zero-size kernel dim is rejected, as for graph.conv.
func.func @conv_transpose_zero_size_weight(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x0xf32>) -> tensor<1x8x9x7xf32> {
  // expected-error @+2 {{weight W has spatial dims 2x0; kernel sizes must be >= 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv_transpose %x, %w : (tensor<1x16x8x8xf32>, tensor<16x8x2x0xf32>) -> tensor<1x8x9x7xf32>
  return %0 : tensor<1x8x9x7xf32>
}

// -----

func.func @conv_transpose_negative_stride(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x8x9x9xf32> {
  // expected-error @+2 {{strides must be >= 1, got [2, -2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv_transpose %x, %w {strides = array<i64: 2, -2>} : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x9x9xf32>
  return %0 : tensor<1x8x9x9xf32>
}

// -----

// (3 - 1) + 3 - 3 - 3 = -1.
func.func @conv_transpose_pads_too_large(%x: tensor<1x4x3x3xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x2x1x5xf32> {
  // expected-error @+2 {{spatial dim 0 would have size -1; the pads are larger than the output}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv_transpose %x, %w {pads = array<i64: 3, 0, 3, 0>} : (tensor<1x4x3x3xf32>, tensor<4x2x3x3xf32>) -> tensor<1x2x1x5xf32>
  return %0 : tensor<1x2x1x5xf32>
}

// -----

func.func @conv_transpose_pads_length(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x8x9x9xf32> {
  // expected-error @+2 {{pads has 3 entries but the input has 2 spatial dims (expected 4)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv_transpose %x, %w {pads = array<i64: 0, 0, 0>} : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x9x9xf32>
  return %0 : tensor<1x8x9x9xf32>
}

// -----

func.func @conv_transpose_bad_auto_pad(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x8x9x9xf32> {
  // expected-error @+2 {{auto_pad must be NOTSET, SAME_UPPER, SAME_LOWER or VALID, got "FULL"}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv_transpose %x, %w {auto_pad = "FULL"} : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x9x9xf32>
  return %0 : tensor<1x8x9x9xf32>
}

// -----

func.func @conv_transpose_bias_size(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>, %b: tensor<16xf32>) -> tensor<1x8x9x9xf32> {
  // expected-error @+2 {{bias B has 16 elements but there are 8 output channels}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv_transpose %x, %w, %b : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>, tensor<16xf32>) -> tensor<1x8x9x9xf32>
  return %0 : tensor<1x8x9x9xf32>
}

// -----

func.func @conv_transpose_x_rank(%x: tensor<16x8xf32>, %w: tensor<16x8xf32>) -> tensor<16x8xf32> {
  // expected-error @+2 {{input X must have rank >= 3 (N x C x D...), got 16x8}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv_transpose %x, %w : (tensor<16x8xf32>, tensor<16x8xf32>) -> tensor<16x8xf32>
  return %0 : tensor<16x8xf32>
}

// -----

func.func @conv_transpose_w_rank(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2x2xf32>) -> tensor<1x8x9x9xf32> {
  // expected-error @+2 {{weight W must have the rank of X (4), got 16x8x2x2x2}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv_transpose %x, %w : (tensor<1x16x8x8xf32>, tensor<16x8x2x2x2xf32>) -> tensor<1x8x9x9xf32>
  return %0 : tensor<1x8x9x9xf32>
}

// -----

func.func @conv_transpose_element_type(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xbf16>) -> tensor<1x8x9x9xf32> {
  // expected-error @+2 {{X and W must have the same element type, got 'f32' and 'bf16'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv_transpose %x, %w : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xbf16>) -> tensor<1x8x9x9xf32>
  return %0 : tensor<1x8x9x9xf32>
}

// -----

// The output has W[1] * group = 8 channels: 2 * (8 - 1) + 2 = 16.
func.func @conv_transpose_wrong_result(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x16x16x16xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<1x8x16x16xf32>' are incompatible with return type(s) of operation 'tensor<1x16x16x16xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.conv_transpose %x, %w {strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x16x16x16xf32>
  return %0 : tensor<1x16x16x16xf32>
}

// -----

//===----------------------------------------------------------------------===//
// graph.max_pool, graph.average_pool
//===----------------------------------------------------------------------===//

func.func @max_pool_missing_kernel_shape(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32> {
  // expected-error @+1 {{requires attribute 'kernel_shape'}}
  %0 = graph.max_pool %x : (tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32>
  return %0 : tensor<1x3x8x8xf32>
}

// -----

func.func @max_pool_empty_kernel_shape(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32> {
  // expected-error @+2 {{kernel_shape has 0 entries but the input has 2 spatial dims}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.max_pool %x {kernel_shape = array<i64>} : (tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32>
  return %0 : tensor<1x3x8x8xf32>
}

// -----

func.func @max_pool_kernel_shape_length(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x6x6xf32> {
  // expected-error @+2 {{kernel_shape has 3 entries but the input has 2 spatial dims}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.max_pool %x {kernel_shape = array<i64: 3, 3, 3>} : (tensor<1x3x8x8xf32>) -> tensor<1x3x6x6xf32>
  return %0 : tensor<1x3x6x6xf32>
}

// -----

func.func @average_pool_missing_kernel_shape(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32> {
  // expected-error @+1 {{requires attribute 'kernel_shape'}}
  %0 = graph.average_pool %x {strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32>
  return %0 : tensor<1x3x8x8xf32>
}

// -----

func.func @average_pool_kernel_shape_length(%x: tensor<1x3x8xf32>) -> tensor<1x3x6xf32> {
  // expected-error @+2 {{kernel_shape has 2 entries but the input has 1 spatial dims}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.average_pool %x {kernel_shape = array<i64: 3, 3>} : (tensor<1x3x8xf32>) -> tensor<1x3x6xf32>
  return %0 : tensor<1x3x6xf32>
}

// -----

func.func @max_pool_zero_kernel(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32> {
  // expected-error @+2 {{kernel_shape must be >= 1, got [0, 2]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.max_pool %x {kernel_shape = array<i64: 0, 2>} : (tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32>
  return %0 : tensor<1x3x8x8xf32>
}

// -----

func.func @max_pool_strides_length(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32> {
  // expected-error @+2 {{strides has 1 entries but the input has 2 spatial dims (expected 2)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.max_pool %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2>} : (tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32>
  return %0 : tensor<1x3x4x4xf32>
}

// -----

func.func @average_pool_negative_pads(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x7x7xf32> {
  // expected-error @+2 {{pads must be >= 0, got [0, 0, 0, -1]}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.average_pool %x {kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, -1>} : (tensor<1x3x8x8xf32>) -> tensor<1x3x7x7xf32>
  return %0 : tensor<1x3x7x7xf32>
}

// -----

func.func @max_pool_bad_auto_pad(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32> {
  // expected-error @+2 {{auto_pad must be NOTSET, SAME_UPPER, SAME_LOWER or VALID, got "same_upper"}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.max_pool %x {auto_pad = "same_upper", kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32>
  return %0 : tensor<1x3x4x4xf32>
}

// -----

func.func @max_pool_window_too_large(%x: tensor<1x3x4x4xf32>) -> tensor<1x3x1x1xf32> {
  // expected-error @+2 {{spatial dim 0 of size 4 is smaller than the dilated kernel (5) plus padding; the output would have size 0}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.max_pool %x {kernel_shape = array<i64: 5, 5>} : (tensor<1x3x4x4xf32>) -> tensor<1x3x1x1xf32>
  return %0 : tensor<1x3x1x1xf32>
}

// -----

func.func @max_pool_x_rank(%x: tensor<3x8xf32>) -> tensor<3x4xf32> {
  // expected-error @+2 {{input X must have rank >= 3 (N x C x D...), got 3x8}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.max_pool %x {kernel_shape = array<i64: 2>} : (tensor<3x8xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// With ceil_mode the output is 3, not 2.
func.func @max_pool_wrong_result_ceil_mode(%x: tensor<1x3x6x6xf32>) -> tensor<1x3x2x2xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<1x3x3x3xf32>' are incompatible with return type(s) of operation 'tensor<1x3x2x2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.max_pool %x {ceil_mode = true, kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x6x6xf32>) -> tensor<1x3x2x2xf32>
  return %0 : tensor<1x3x2x2xf32>
}

// -----

// SAME_UPPER gives ceil(7 / 2) = 4.
func.func @average_pool_wrong_result_same(%x: tensor<1x3x7x7xf32>) -> tensor<1x3x3x3xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<1x3x4x4xf32>' are incompatible with return type(s) of operation 'tensor<1x3x3x3xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.average_pool %x {auto_pad = "SAME_UPPER", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>) -> tensor<1x3x3x3xf32>
  return %0 : tensor<1x3x3x3xf32>
}

// -----

//===----------------------------------------------------------------------===//
// graph.global_average_pool, graph.global_max_pool
//===----------------------------------------------------------------------===//

func.func @global_average_pool_rank(%x: tensor<1x512xf32>) -> tensor<1x512xf32> {
  // expected-error @+2 {{X must have rank >= 3 (N x C x D...), got 'tensor<1x512xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.global_average_pool %x : (tensor<1x512xf32>) -> tensor<1x512xf32>
  return %0 : tensor<1x512xf32>
}

// -----

func.func @global_max_pool_rank(%x: tensor<512xf32>) -> tensor<512xf32> {
  // expected-error @+2 {{X must have rank >= 3 (N x C x D...), got 'tensor<512xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.global_max_pool %x : (tensor<512xf32>) -> tensor<512xf32>
  return %0 : tensor<512xf32>
}

// -----

// The spatial dims become 1; they are not dropped.
func.func @global_average_pool_wrong_result(%x: tensor<1x512x7x7xf32>) -> tensor<1x512xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<1x512x1x1xf32>' are incompatible with return type(s) of operation 'tensor<1x512xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.global_average_pool %x : (tensor<1x512x7x7xf32>) -> tensor<1x512xf32>
  return %0 : tensor<1x512xf32>
}

// -----

//===----------------------------------------------------------------------===//
// graph.batch_normalization
//===----------------------------------------------------------------------===//

func.func @batch_normalization_scale_size(%x: tensor<1x64x8x8xf32>, %s: tensor<32xf32>, %p: tensor<64xf32>) -> tensor<1x64x8x8xf32> {
  // expected-error @+2 {{scale has 32 elements but X has 64 channels (dim 1)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.batch_normalization %x, %s, %p, %p, %p : (tensor<1x64x8x8xf32>, tensor<32xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<1x64x8x8xf32>
  return %0 : tensor<1x64x8x8xf32>
}

// -----

func.func @batch_normalization_var_size(%x: tensor<1x64x8x8xf32>, %p: tensor<64xf32>, %v: tensor<65xf32>) -> tensor<1x64x8x8xf32> {
  // expected-error @+2 {{var has 65 elements but X has 64 channels (dim 1)}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.batch_normalization %x, %p, %p, %p, %v : (tensor<1x64x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<65xf32>) -> tensor<1x64x8x8xf32>
  return %0 : tensor<1x64x8x8xf32>
}

// -----

func.func @batch_normalization_bias_rank(%x: tensor<1x64x8x8xf32>, %p: tensor<64xf32>, %b: tensor<1x64xf32>) -> tensor<1x64x8x8xf32> {
  // expected-error @+2 {{B must be 1-D of 'f32', got 'tensor<1x64xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.batch_normalization %x, %p, %b, %p, %p : (tensor<1x64x8x8xf32>, tensor<64xf32>, tensor<1x64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<1x64x8x8xf32>
  return %0 : tensor<1x64x8x8xf32>
}

// -----

func.func @batch_normalization_mean_element_type(%x: tensor<1x64x8x8xf32>, %p: tensor<64xf32>, %m: tensor<64xf16>) -> tensor<1x64x8x8xf32> {
  // expected-error @+2 {{mean must be 1-D of 'f32', got 'tensor<64xf16>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.batch_normalization %x, %p, %p, %m, %p : (tensor<1x64x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf16>, tensor<64xf32>) -> tensor<1x64x8x8xf32>
  return %0 : tensor<1x64x8x8xf32>
}

// -----

func.func @batch_normalization_x_rank(%x: tensor<64xf32>, %p: tensor<64xf32>) -> tensor<64xf32> {
  // expected-error @+2 {{X must have rank >= 2 (N x C x ...), got 'tensor<64xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.batch_normalization %x, %p, %p, %p, %p : (tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
  return %0 : tensor<64xf32>
}

// -----

func.func @batch_normalization_wrong_result(%x: tensor<1x64x8x8xf32>, %p: tensor<64xf32>) -> tensor<1x64x8x4xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<1x64x8x8xf32>' are incompatible with return type(s) of operation 'tensor<1x64x8x4xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.batch_normalization %x, %p, %p, %p, %p : (tensor<1x64x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<1x64x8x4xf32>
  return %0 : tensor<1x64x8x4xf32>
}

// -----

//===----------------------------------------------------------------------===//
// graph.layer_normalization
//===----------------------------------------------------------------------===//

func.func @layer_normalization_axis_too_large(%x: tensor<2x4x8xf32>, %g: tensor<8xf32>) -> tensor<2x4x8xf32> {
  // expected-error @+2 {{axis 3 is out of range for rank 3 (allowed: [-3, 2])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.layer_normalization %x, %g {axis = 3 : i64} : (tensor<2x4x8xf32>, tensor<8xf32>) -> tensor<2x4x8xf32>
  return %0 : tensor<2x4x8xf32>
}

// -----

func.func @layer_normalization_axis_too_small(%x: tensor<2x4x8xf32>, %g: tensor<8xf32>) -> tensor<2x4x8xf32> {
  // expected-error @+2 {{axis -4 is out of range for rank 3 (allowed: [-3, 2])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.layer_normalization %x, %g {axis = -4 : i64} : (tensor<2x4x8xf32>, tensor<8xf32>) -> tensor<2x4x8xf32>
  return %0 : tensor<2x4x8xf32>
}

// -----

func.func @layer_normalization_scale_shape(%x: tensor<2x4x8xf32>, %g: tensor<4xf32>) -> tensor<2x4x8xf32> {
  // expected-error @+2 {{scale of shape 4 does not broadcast to the normalized dims 8}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.layer_normalization %x, %g : (tensor<2x4x8xf32>, tensor<4xf32>) -> tensor<2x4x8xf32>
  return %0 : tensor<2x4x8xf32>
}

// -----

// With axis -1 only the last dim is normalized; a 4x8 scale has too many dims.
func.func @layer_normalization_scale_rank(%x: tensor<2x4x8xf32>, %g: tensor<4x8xf32>) -> tensor<2x4x8xf32> {
  // expected-error @+2 {{scale of shape 4x8 does not broadcast to the normalized dims 8}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.layer_normalization %x, %g : (tensor<2x4x8xf32>, tensor<4x8xf32>) -> tensor<2x4x8xf32>
  return %0 : tensor<2x4x8xf32>
}

// -----

func.func @layer_normalization_bias_shape(%x: tensor<2x4x8xf32>, %g: tensor<4x8xf32>, %b: tensor<2x8xf32>) -> tensor<2x4x8xf32> {
  // expected-error @+2 {{B of shape 2x8 does not broadcast to the normalized dims 4x8}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.layer_normalization %x, %g, %b {axis = 1 : i64} : (tensor<2x4x8xf32>, tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<2x4x8xf32>
  return %0 : tensor<2x4x8xf32>
}

// -----

func.func @layer_normalization_scale_element_type(%x: tensor<2x4x8xf32>, %g: tensor<8xf16>) -> tensor<2x4x8xf32> {
  // expected-error @+2 {{scale must be a tensor of 'f32', got 'tensor<8xf16>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.layer_normalization %x, %g : (tensor<2x4x8xf32>, tensor<8xf16>) -> tensor<2x4x8xf32>
  return %0 : tensor<2x4x8xf32>
}

// -----

func.func @layer_normalization_rank0(%x: tensor<f32>, %g: tensor<f32>) -> tensor<f32> {
  // expected-error @+2 {{X must have rank >= 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.layer_normalization %x, %g : (tensor<f32>, tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

//===----------------------------------------------------------------------===//
// graph.softmax
//===----------------------------------------------------------------------===//

func.func @softmax_axis_too_large(%x: tensor<2x10xf32>) -> tensor<2x10xf32> {
  // expected-error @+2 {{axis 2 is out of range for rank 2 (allowed: [-2, 1])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.softmax %x {axis = 2 : i64} : (tensor<2x10xf32>) -> tensor<2x10xf32>
  return %0 : tensor<2x10xf32>
}

// -----

func.func @softmax_axis_too_small(%x: tensor<2x10xf32>) -> tensor<2x10xf32> {
  // expected-error @+2 {{axis -3 is out of range for rank 2 (allowed: [-2, 1])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.softmax %x {axis = -3 : i64} : (tensor<2x10xf32>) -> tensor<2x10xf32>
  return %0 : tensor<2x10xf32>
}

// -----

func.func @softmax_rank0(%x: tensor<f32>) -> tensor<f32> {
  // expected-error @+2 {{input must have rank >= 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.softmax %x : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @softmax_wrong_result(%x: tensor<2x10xf32>) -> tensor<10x2xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x10xf32>' are incompatible with return type(s) of operation 'tensor<10x2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.softmax %x : (tensor<2x10xf32>) -> tensor<10x2xf32>
  return %0 : tensor<10x2xf32>
}

// -----

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

func.func @reduce_sum_axis_too_large(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  // expected-error @+2 {{axes [3] has 3, out of range for rank 3 (allowed: [-3, 2])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reduce_sum %x {axes = array<i64: 3>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

func.func @reduce_mean_axis_too_small(%x: tensor<2x3x4xf32>) -> tensor<2x3x1xf32> {
  // expected-error @+2 {{axes [2, -4] has -4, out of range for rank 3 (allowed: [-3, 2])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reduce_mean %x {axes = array<i64: 2, -4>} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  return %0 : tensor<2x3x1xf32>
}

// -----

func.func @reduce_max_duplicate_axes(%x: tensor<2x3x4xf32>) -> tensor<2x1x4xf32> {
  // expected-error @+2 {{axes [1, 1] names dim 1 twice}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reduce_max %x {axes = array<i64: 1, 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  return %0 : tensor<2x1x4xf32>
}

// -----

// 2 and -1 name the same dim of a rank-3 input.
func.func @reduce_min_duplicate_axes_negative(%x: tensor<2x3x4xf32>) -> tensor<2x3x1xf32> {
  // expected-error @+2 {{axes [2, -1] names dim 2 twice}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reduce_min %x {axes = array<i64: 2, -1>} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  return %0 : tensor<2x3x1xf32>
}

// -----

func.func @reduce_sum_wrong_result_keepdims(%x: tensor<2x3x4xf32>) -> tensor<2x4xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x1x4xf32>' are incompatible with return type(s) of operation 'tensor<2x4xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reduce_sum %x {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// noop_with_empty_axes keeps the input shape.
func.func @reduce_mean_wrong_result_noop(%x: tensor<2x3x4xf32>) -> tensor<1x1x1xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x3x4xf32>' are incompatible with return type(s) of operation 'tensor<1x1x1xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reduce_mean %x {noop_with_empty_axes = true} : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  return %0 : tensor<1x1x1xf32>
}

// -----

func.func @reduce_max_wrong_result_element_type(%x: tensor<2x3xi32>) -> tensor<2x1xi64> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x1xi32>' are incompatible with return type(s) of operation 'tensor<2x1xi64>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reduce_max %x {axes = array<i64: 1>} : (tensor<2x3xi32>) -> tensor<2x1xi64>
  return %0 : tensor<2x1xi64>
}

// -----

//===----------------------------------------------------------------------===//
// graph.instance_normalization
//===----------------------------------------------------------------------===//

func.func @instance_normalization_rank(%x: tensor<2x3xf32>, %s: tensor<3xf32>) -> tensor<2x3xf32> {
  // expected-error @+2 {{'graph.instance_normalization' op input must have rank >= 3 (N x C x D1 ...), got 'tensor<2x3xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.instance_normalization %x, %s, %s : (tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @instance_normalization_scale_size(%x: tensor<2x3x4xf32>, %s: tensor<4xf32>, %b: tensor<3xf32>) -> tensor<2x3x4xf32> {
  // expected-error @+2 {{'graph.instance_normalization' op scale must be a 1-D tensor of 'f32' with C = 3 elements, got 'tensor<4xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.instance_normalization %x, %s, %b : (tensor<2x3x4xf32>, tensor<4xf32>, tensor<3xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

func.func @instance_normalization_bias_type(%x: tensor<2x3x4xf32>, %s: tensor<3xf32>, %b: tensor<1x3xf32>) -> tensor<2x3x4xf32> {
  // expected-error @+2 {{'graph.instance_normalization' op B must be a 1-D tensor of 'f32' with C = 3 elements, got 'tensor<1x3xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.instance_normalization %x, %s, %b : (tensor<2x3x4xf32>, tensor<3xf32>, tensor<1x3xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}
