// RUN: dlc-opt %s -split-input-file -verify-diagnostics

// Verifier errors of the reductions beyond sum/mean/max/min, ArgMax/ArgMin
// and CumSum.

func.func @reduce_l2_int(%x: tensor<2x3xi64>) -> tensor<2x1xi64> {
  // expected-error @+1 {{operand #0 must be ranked tensor of floating-point values}}
  %0 = graph.reduce_l2 %x {axes = array<i64: 1>} : (tensor<2x3xi64>) -> tensor<2x1xi64>
  return %0 : tensor<2x1xi64>
}

// -----

func.func @reduce_prod_axis(%x: tensor<2x3xf32>) -> tensor<2x1xf32> {
  // expected-error @+2 {{axes [2] has 2, out of range for rank 2 (allowed: [-2, 1])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.reduce_prod %x {axes = array<i64: 2>} : (tensor<2x3xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}

// -----

func.func @arg_max_scalar(%x: tensor<f32>) -> tensor<i64> {
  // expected-error @+2 {{data must have rank >= 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.arg_max %x : (tensor<f32>) -> tensor<i64>
  return %0 : tensor<i64>
}

// -----

func.func @arg_min_axis(%x: tensor<2x3xf32>) -> tensor<2x1xi64> {
  // expected-error @+2 {{axis -3 is out of range for rank 2 (allowed: [-2, 1])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.arg_min %x {axis = -3 : i64} : (tensor<2x3xf32>) -> tensor<2x1xi64>
  return %0 : tensor<2x1xi64>
}

// -----

func.func @arg_max_result_type(%x: tensor<2x3xf32>) -> tensor<2x1xi32> {
  // expected-error @+1 {{result #0 must be ranked tensor of 64-bit signless integer values}}
  %0 = graph.arg_max %x {axis = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x1xi32>
  return %0 : tensor<2x1xi32>
}

// -----

func.func @cumsum_scalar(%x: tensor<f32>) -> tensor<f32> {
  // expected-error @+2 {{input must have rank >= 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.cumsum %x {axis = 0 : i64} : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @cumsum_axis(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+2 {{axis 2 is out of range for rank 2 (allowed: [-2, 1])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.cumsum %x {axis = 2 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
