// RUN: dlc-opt %s -split-input-file -verify-diagnostics

// Diagnostics of the elementwise ops for math functions, activations, float
// tests, bool logic, bit shifts, mod and prelu: their own checks, and the
// ODS type constraints that keep each to the element types ONNX allows.

//===----------------------------------------------------------------------===//
// Mod
//===----------------------------------------------------------------------===//

func.func @mod_float_without_fmod(%a: tensor<4xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{'graph.mod' op fmod must be true for float operands ('f32')}}
  %0 = graph.mod %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @mod_element_types_differ(%a: tensor<4xi32>, %b: tensor<4xi64>) {
  // expected-error @+2 {{'graph.mod' op operands must have the same element type, got 'i32' and 'i64'}}
  // expected-error @+1 {{'graph.mod' op failed to infer returned types}}
  %0 = graph.mod %a, %b : (tensor<4xi32>, tensor<4xi64>) -> tensor<4xi32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// BitShift
//===----------------------------------------------------------------------===//

func.func @bit_shift_bad_direction(%a: tensor<3xui8>) {
  // expected-error @+1 {{'graph.bit_shift' op direction must be "LEFT" or "RIGHT", got "left"}}
  %0 = graph.bit_shift %a, %a {direction = "left"} : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
  return
}

// -----

func.func @bit_shift_signed(%a: tensor<3xi32>) {
  // expected-error @+1 {{'graph.bit_shift' op operands must be unsigned integers, got 'i32'}}
  %0 = graph.bit_shift %a, %a {direction = "LEFT"} : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  return
}

// -----

func.func @bit_shift_no_direction(%a: tensor<3xui8>) {
  // expected-error @+1 {{'graph.bit_shift' op requires attribute 'direction'}}
  %0 = graph.bit_shift %a, %a : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
  return
}

// -----

//===----------------------------------------------------------------------===//
// Logic and comparisons
//===----------------------------------------------------------------------===//

func.func @and_not_bool(%a: tensor<3xi32>) {
  // expected-error @+1 {{'graph.and' op operand #0 must be ranked tensor of 1-bit signless integer values, but got 'tensor<3xi32>'}}
  %0 = graph.and %a, %a : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  return
}

// -----

func.func @less_or_equal_broadcast_mismatch(%a: tensor<2x3xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{'graph.less_or_equal' op shapes 2x3, 2 are not broadcast-compatible: dim 1 (counted in the broadcast result) has sizes 3 and 2}}
  // expected-error @+1 {{'graph.less_or_equal' op failed to infer returned types}}
  %0 = graph.less_or_equal %a, %b : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xi1>
  return
}

// -----

//===----------------------------------------------------------------------===//
// PRelu
//===----------------------------------------------------------------------===//

// The slope may not make the result bigger than the input.
func.func @prelu_slope_too_big(%x: tensor<2x1xf32>, %s: tensor<2x3xf32>) {
  // expected-error @+2 {{'graph.prelu' op slope of type 'tensor<2x3xf32>' does not broadcast to the input's shape ('tensor<2x1xf32>')}}
  // expected-error @+1 {{'graph.prelu' op failed to infer returned types}}
  %0 = graph.prelu %x, %s : (tensor<2x1xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @prelu_slope_higher_rank(%x: tensor<3xf32>, %s: tensor<1x3xf32>) {
  // expected-error @+2 {{'graph.prelu' op slope of type 'tensor<1x3xf32>' does not broadcast to the input's shape ('tensor<3xf32>')}}
  // expected-error @+1 {{'graph.prelu' op failed to infer returned types}}
  %0 = graph.prelu %x, %s : (tensor<3xf32>, tensor<1x3xf32>) -> tensor<1x3xf32>
  return
}

// -----

func.func @prelu_element_types_differ(%x: tensor<3xf32>, %s: tensor<3xf16>) {
  // expected-error @+2 {{'graph.prelu' op operands must have the same element type, got 'f32' and 'f16'}}
  // expected-error @+1 {{'graph.prelu' op failed to infer returned types}}
  %0 = graph.prelu %x, %s : (tensor<3xf32>, tensor<3xf16>) -> tensor<3xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// Unary ops
//===----------------------------------------------------------------------===//

func.func @celu_zero_alpha(%x: tensor<3xf32>) {
  // expected-error @+1 {{'graph.celu' op alpha must not be 0}}
  %0 = graph.celu %x {alpha = 0.0 : f32} : tensor<3xf32>
  return
}

// -----

func.func @sin_integer(%x: tensor<3xi32>) {
  // expected-error @+1 {{'graph.sin' op operand #0 must be ranked tensor of floating-point values, but got 'tensor<3xi32>'}}
  %0 = graph.sin %x : tensor<3xi32>
  return
}

// -----

func.func @is_nan_integer(%x: tensor<3xi32>) {
  // expected-error @+1 {{'graph.is_nan' op operand #0 must be ranked tensor of floating-point values, but got 'tensor<3xi32>'}}
  %0 = graph.is_nan %x : (tensor<3xi32>) -> tensor<3xi1>
  return
}

// -----

func.func @is_inf_wrong_result(%x: tensor<3xf32>) {
  // expected-error @+2 {{'graph.is_inf' op inferred type(s) 'tensor<3xi1>' are incompatible with return type(s) of operation 'tensor<4xi1>'}}
  // expected-error @+1 {{'graph.is_inf' op failed to infer returned types}}
  %0 = graph.is_inf %x : (tensor<3xf32>) -> tensor<4xi1>
  return
}
