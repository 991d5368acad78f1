// RUN: dlc-opt %s -split-input-file -verify-diagnostics

// graph.log_softmax and graph.hardmax check their operand and axis as
// graph.softmax does (invalid-nn.mlir).

func.func @log_softmax_axis_too_large(%x: tensor<2x10xf32>) -> tensor<2x10xf32> {
  // expected-error @+2 {{'graph.log_softmax' op axis 2 is out of range for rank 2 (allowed: [-2, 1])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.log_softmax %x {axis = 2 : i64} : (tensor<2x10xf32>) -> tensor<2x10xf32>
  return %0 : tensor<2x10xf32>
}

// -----

func.func @log_softmax_rank0(%x: tensor<f32>) -> tensor<f32> {
  // expected-error @+2 {{'graph.log_softmax' op input must have rank >= 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.log_softmax %x : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @log_softmax_int(%x: tensor<2x10xi32>) -> tensor<2x10xi32> {
  // expected-error @+1 {{operand #0 must be ranked tensor of floating-point values, but got 'tensor<2x10xi32>'}}
  %0 = graph.log_softmax %x : (tensor<2x10xi32>) -> tensor<2x10xi32>
  return %0 : tensor<2x10xi32>
}

// -----

func.func @log_softmax_wrong_result(%x: tensor<2x10xf32>) -> tensor<2x10xf16> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x10xf32>' are incompatible with return type(s) of operation 'tensor<2x10xf16>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.log_softmax %x : (tensor<2x10xf32>) -> tensor<2x10xf16>
  return %0 : tensor<2x10xf16>
}

// -----

func.func @hardmax_axis_too_small(%x: tensor<2x10xf32>) -> tensor<2x10xf32> {
  // expected-error @+2 {{'graph.hardmax' op axis -3 is out of range for rank 2 (allowed: [-2, 1])}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.hardmax %x {axis = -3 : i64} : (tensor<2x10xf32>) -> tensor<2x10xf32>
  return %0 : tensor<2x10xf32>
}

// -----

func.func @hardmax_rank0(%x: tensor<f32>) -> tensor<f32> {
  // expected-error @+2 {{'graph.hardmax' op input must have rank >= 1}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.hardmax %x : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @hardmax_int(%x: tensor<4xi64>) -> tensor<4xi64> {
  // expected-error @+1 {{operand #0 must be ranked tensor of floating-point values, but got 'tensor<4xi64>'}}
  %0 = graph.hardmax %x : (tensor<4xi64>) -> tensor<4xi64>
  return %0 : tensor<4xi64>
}

// -----

func.func @hardmax_wrong_result(%x: tensor<2x10xf32>) -> tensor<10x2xf32> {
  // expected-error @+2 {{inferred type(s) 'tensor<2x10xf32>' are incompatible with return type(s) of operation 'tensor<10x2xf32>'}}
  // expected-error @+1 {{failed to infer returned types}}
  %0 = graph.hardmax %x : (tensor<2x10xf32>) -> tensor<10x2xf32>
  return %0 : tensor<10x2xf32>
}
