// RUN: dlc-opt %s -split-input-file -verify-diagnostics

// Every diagnostic the elementwise graph ops can give: broadcasting, element
// types, ODS type and attribute constraints, declared result types that
// contradict the inferred ones, clip bounds, cast targets and gelu modes.
// A failed inference is followed by MLIR's "failed to infer returned types".

//===----------------------------------------------------------------------===//
// Broadcasting
//===----------------------------------------------------------------------===//

func.func @add_broadcast_mismatch(%a: tensor<2x3xf32>, %b: tensor<4xf32>) {
  // expected-error @+2 {{'graph.add' op shapes 2x3, 4 are not broadcast-compatible: dim 1 (counted in the broadcast result) has sizes 3 and 4}}
  // expected-error @+1 {{'graph.add' op failed to infer returned types}}
  %0 = graph.add %a, %b : (tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return
}

// -----

// The failing dim is counted in the (rank 3) broadcast result.
func.func @mul_broadcast_mismatch_leading(%a: tensor<5x1x3xi64>, %c: tensor<4x2x3xi64>) {
  // expected-error @+2 {{'graph.mul' op shapes 5x1x3, 4x2x3 are not broadcast-compatible: dim 0 (counted in the broadcast result) has sizes 5 and 4}}
  // expected-error @+1 {{'graph.mul' op failed to infer returned types}}
  %0 = graph.mul %a, %c : (tensor<5x1x3xi64>, tensor<4x2x3xi64>) -> tensor<5x2x3xi64>
  return
}

// -----

// A dynamic dim does not hide a clash between two static ones.
func.func @where_broadcast_mismatch_dynamic(%c: tensor<?x1xi1>, %x: tensor<2x3xf32>,
                                            %y: tensor<4x3xf32>) {
  // expected-error @+2 {{'graph.where' op shapes ?x1, 2x3, 4x3 are not broadcast-compatible: dim 0 (counted in the broadcast result) has sizes 2 and 4}}
  // expected-error @+1 {{'graph.where' op failed to infer returned types}}
  %0 = graph.where %c, %x, %y : (tensor<?x1xi1>, tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @pow_broadcast_mismatch(%a: tensor<2x3xf32>, %b: tensor<2x4xi32>) {
  // expected-error @+2 {{'graph.pow' op shapes 2x3, 2x4 are not broadcast-compatible: dim 1 (counted in the broadcast result) has sizes 3 and 4}}
  // expected-error @+1 {{'graph.pow' op failed to infer returned types}}
  %0 = graph.pow %a, %b : (tensor<2x3xf32>, tensor<2x4xi32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @less_broadcast_mismatch(%a: tensor<2x3xf32>, %b: tensor<2x4xf32>) {
  // expected-error @+2 {{'graph.less' op shapes 2x3, 2x4 are not broadcast-compatible: dim 1 (counted in the broadcast result) has sizes 3 and 4}}
  // expected-error @+1 {{'graph.less' op failed to infer returned types}}
  %0 = graph.less %a, %b : (tensor<2x3xf32>, tensor<2x4xf32>) -> tensor<2x3xi1>
  return
}

// -----

// The condition takes part in the broadcast.
func.func @where_broadcast_mismatch_condition(%c: tensor<2xi1>, %x: tensor<2x3xf32>) {
  // expected-error @+2 {{'graph.where' op shapes 2, 2x3, 2x3 are not broadcast-compatible: dim 1 (counted in the broadcast result) has sizes 2 and 3}}
  // expected-error @+1 {{'graph.where' op failed to infer returned types}}
  %0 = graph.where %c, %x, %x : (tensor<2xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @where_broadcast_mismatch_values(%c: tensor<i1>, %x: tensor<3xf32>, %y: tensor<5x2xf32>) {
  // expected-error @+2 {{'graph.where' op shapes scalar, 3, 5x2 are not broadcast-compatible: dim 1 (counted in the broadcast result) has sizes 3 and 2}}
  // expected-error @+1 {{'graph.where' op failed to infer returned types}}
  %0 = graph.where %c, %x, %y : (tensor<i1>, tensor<3xf32>, tensor<5x2xf32>) -> tensor<5x3xf32>
  return
}

//===----------------------------------------------------------------------===//
// Element types
//===----------------------------------------------------------------------===//

// -----

func.func @sub_element_type_mismatch(%a: tensor<2x3xf32>, %b: tensor<3xf64>) {
  // expected-error @+2 {{'graph.sub' op operands must have the same element type, got 'f32' and 'f64'}}
  // expected-error @+1 {{'graph.sub' op failed to infer returned types}}
  %0 = graph.sub %a, %b : (tensor<2x3xf32>, tensor<3xf64>) -> tensor<2x3xf32>
  return
}

// -----

// Signedness is part of the element type.
func.func @div_signedness_mismatch(%a: tensor<4xui8>, %b: tensor<4xi8>) {
  // expected-error @+2 {{'graph.div' op operands must have the same element type, got 'ui8' and 'i8'}}
  // expected-error @+1 {{'graph.div' op failed to infer returned types}}
  %0 = graph.div %a, %b : (tensor<4xui8>, tensor<4xi8>) -> tensor<4xui8>
  return
}

// -----

func.func @greater_element_type_mismatch(%a: tensor<2x3xf32>, %b: tensor<2x3xi32>) {
  // expected-error @+2 {{'graph.greater' op operands must have the same element type, got 'f32' and 'i32'}}
  // expected-error @+1 {{'graph.greater' op failed to infer returned types}}
  %0 = graph.greater %a, %b : (tensor<2x3xf32>, tensor<2x3xi32>) -> tensor<2x3xi1>
  return
}

// -----

func.func @where_value_type_mismatch(%c: tensor<3xi1>, %x: tensor<2x3xf32>, %y: tensor<2x3xf16>) {
  // expected-error @+2 {{'graph.where' op x and y must have the same element type, got 'f32' and 'f16'}}
  // expected-error @+1 {{'graph.where' op failed to infer returned types}}
  %0 = graph.where %c, %x, %y : (tensor<3xi1>, tensor<2x3xf32>, tensor<2x3xf16>) -> tensor<2x3xf32>
  return
}

//===----------------------------------------------------------------------===//
// ODS type constraints
//===----------------------------------------------------------------------===//

// -----

func.func @sqrt_integer(%a: tensor<2x3xi32>) {
  // expected-error @+1 {{'graph.sqrt' op operand #0 must be ranked tensor of floating-point values, but got 'tensor<2x3xi32>'}}
  %0 = graph.sqrt %a : tensor<2x3xi32>
  return
}

// -----

func.func @exp_integer(%a: tensor<i64>) {
  // expected-error @+1 {{'graph.exp' op operand #0 must be ranked tensor of floating-point values, but got 'tensor<i64>'}}
  %0 = graph.exp %a : tensor<i64>
  return
}

// -----

func.func @leaky_relu_integer(%a: tensor<2x3xi32>) {
  // expected-error @+1 {{'graph.leaky_relu' op operand #0 must be ranked tensor of floating-point values, but got 'tensor<2x3xi32>'}}
  %0 = graph.leaky_relu %a : tensor<2x3xi32>
  return
}

// -----

func.func @gelu_bool(%a: tensor<4xi1>) {
  // expected-error @+1 {{'graph.gelu' op operand #0 must be ranked tensor of floating-point values, but got 'tensor<4xi1>'}}
  %0 = graph.gelu %a : tensor<4xi1>
  return
}

// -----

func.func @not_float(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'graph.not' op operand #0 must be ranked tensor of 1-bit signless integer values, but got 'tensor<2x3xf32>'}}
  %0 = graph.not %a : tensor<2x3xf32>
  return
}

// -----

func.func @not_i8(%a: tensor<2xi8>) {
  // expected-error @+1 {{'graph.not' op operand #0 must be ranked tensor of 1-bit signless integer values, but got 'tensor<2xi8>'}}
  %0 = graph.not %a : tensor<2xi8>
  return
}

// -----

func.func @where_condition_not_bool(%c: tensor<2xf32>, %x: tensor<2x3xf32>) {
  // expected-error @+1 {{'graph.where' op operand #0 must be ranked tensor of 1-bit signless integer values, but got 'tensor<2xf32>'}}
  %0 = graph.where %c, %x, %x : (tensor<2xf32>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @where_condition_i8(%c: tensor<3xi8>, %x: tensor<3xf32>) {
  // expected-error @+1 {{'graph.where' op operand #0 must be ranked tensor of 1-bit signless integer values, but got 'tensor<3xi8>'}}
  %0 = graph.where %c, %x, %x : (tensor<3xi8>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @equal_result_not_bool(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>) {
  // expected-error @+1 {{'graph.equal' op result #0 must be ranked tensor of 1-bit signless integer values, but got 'tensor<2x3xf32>'}}
  %0 = graph.equal %a, %b : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @add_unranked(%a: tensor<*xf32>, %b: tensor<3xf32>) {
  // expected-error @+1 {{'graph.add' op operand #0 must be ranked tensor of floating-point or integer values, but got 'tensor<*xf32>'}}
  %0 = graph.add %a, %b : (tensor<*xf32>, tensor<3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @mul_index(%a: tensor<3xindex>) {
  // expected-error @+1 {{'graph.mul' op operand #0 must be ranked tensor of floating-point or integer values, but got 'tensor<3xindex>'}}
  %0 = graph.mul %a, %a : (tensor<3xindex>, tensor<3xindex>) -> tensor<3xindex>
  return
}

// -----

// The custom form of the unary ops reads a ranked tensor type.
func.func @abs_unranked(%a: tensor<*xf32>) {
  // expected-error @+1 {{custom op 'graph.abs' invalid kind of type specified: expected builtin.tensor, but found 'tensor<*xf32>'}}
  %0 = graph.abs %a : tensor<*xf32>
  return
}

// -----

func.func @constant_index() {
  // expected-error @+1 {{'graph.constant' op result #0 must be ranked tensor of floating-point or integer values, but got 'tensor<2xindex>'}}
  %0 = graph.constant dense<1> : tensor<2xindex>
  return
}

//===----------------------------------------------------------------------===//
// Declared result types
//===----------------------------------------------------------------------===//

// -----

func.func @mul_wrong_result_element(%a: tensor<2x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{'graph.mul' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x3xf64>'}}
  // expected-error @+1 {{'graph.mul' op failed to infer returned types}}
  %0 = graph.mul %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf64>
  return
}

// -----

func.func @add_wrong_result_shape(%a: tensor<2x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{'graph.add' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x3xf32>'}}
  // expected-error @+1 {{'graph.add' op failed to infer returned types}}
  %0 = graph.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<3x3xf32>
  return
}

// -----

func.func @sub_wrong_result_rank(%a: tensor<2x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+2 {{'graph.sub' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<1x2x3xf32>'}}
  // expected-error @+1 {{'graph.sub' op failed to infer returned types}}
  %0 = graph.sub %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<1x2x3xf32>
  return
}

// -----

// A static result dim must agree with a static inferred one, even next to a
// dynamic operand dim.
func.func @min_wrong_result_dynamic(%a: tensor<?x3xf32>, %b: tensor<4x1xf32>) {
  // expected-error @+2 {{'graph.min' op inferred type(s) 'tensor<4x3xf32>' are incompatible with return type(s) of operation 'tensor<5x3xf32>'}}
  // expected-error @+1 {{'graph.min' op failed to infer returned types}}
  %0 = graph.min %a, %b : (tensor<?x3xf32>, tensor<4x1xf32>) -> tensor<5x3xf32>
  return
}

// -----

// Pow's result has the base's element type, not the exponent's.
func.func @pow_wrong_result_element(%a: tensor<4xf32>, %e: tensor<i64>) {
  // expected-error @+2 {{'graph.pow' op inferred type(s) 'tensor<4xf32>' are incompatible with return type(s) of operation 'tensor<4xi64>'}}
  // expected-error @+1 {{'graph.pow' op failed to infer returned types}}
  %0 = graph.pow %a, %e : (tensor<4xf32>, tensor<i64>) -> tensor<4xi64>
  return
}

// -----

func.func @greater_wrong_result_shape(%a: tensor<2x3xi64>, %b: tensor<i64>) {
  // expected-error @+2 {{'graph.greater' op inferred type(s) 'tensor<2x3xi1>' are incompatible with return type(s) of operation 'tensor<3x2xi1>'}}
  // expected-error @+1 {{'graph.greater' op failed to infer returned types}}
  %0 = graph.greater %a, %b : (tensor<2x3xi64>, tensor<i64>) -> tensor<3x2xi1>
  return
}

// -----

func.func @where_wrong_result_shape(%c: tensor<i1>, %x: tensor<2x3xf32>) {
  // expected-error @+2 {{'graph.where' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<3x2xf32>'}}
  // expected-error @+1 {{'graph.where' op failed to infer returned types}}
  %0 = graph.where %c, %x, %x : (tensor<i1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @where_result_is_condition_type(%c: tensor<2xi1>, %x: tensor<2xf32>) {
  // expected-error @+2 {{'graph.where' op inferred type(s) 'tensor<2xf32>' are incompatible with return type(s) of operation 'tensor<2xi1>'}}
  // expected-error @+1 {{'graph.where' op failed to infer returned types}}
  %0 = graph.where %c, %x, %x : (tensor<2xi1>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  return
}

// -----

func.func @clip_wrong_result(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{'graph.clip' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<2x3xf16>'}}
  // expected-error @+1 {{'graph.clip' op failed to infer returned types}}
  %0 = graph.clip %a : (tensor<2x3xf32>) -> tensor<2x3xf16>
  return
}

// -----

func.func @cast_result_not_to(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{'graph.cast' op inferred type(s) 'tensor<2x3xi32>' are incompatible with return type(s) of operation 'tensor<2x3xi64>'}}
  // expected-error @+1 {{'graph.cast' op failed to infer returned types}}
  %0 = graph.cast %a {to = i32} : (tensor<2x3xf32>) -> tensor<2x3xi64>
  return
}

// -----

func.func @cast_wrong_result_shape(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{'graph.cast' op inferred type(s) 'tensor<2x3xi64>' are incompatible with return type(s) of operation 'tensor<6xi64>'}}
  // expected-error @+1 {{'graph.cast' op failed to infer returned types}}
  %0 = graph.cast %a {to = i64} : (tensor<2x3xf32>) -> tensor<6xi64>
  return
}

// -----

func.func @constant_wrong_result() {
  // expected-error @+2 {{'graph.constant' op inferred type(s) 'tensor<2xf32>' are incompatible with return type(s) of operation 'tensor<3xf32>'}}
  // expected-error @+1 {{'graph.constant' op failed to infer returned types}}
  %0 = "graph.constant"() <{value = dense<1.0> : tensor<2xf32>}> : () -> tensor<3xf32>
  return
}

// -----

// The unary ops keep the operand's type (SameOperandsAndResultType).
func.func @neg_wrong_result_element(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'graph.neg' op requires the same type for all operands and results}}
  %0 = "graph.neg"(%a) : (tensor<2x3xf32>) -> tensor<2x3xf64>
  return
}

// -----

func.func @identity_wrong_result_shape(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'graph.identity' op requires the same type for all operands and results}}
  %0 = "graph.identity"(%a) : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

// A unary op's result may not be less static than its operand.
func.func @abs_result_less_static(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{'graph.abs' op inferred type(s) 'tensor<2x3xf32>' are incompatible with return type(s) of operation 'tensor<?x3xf32>'}}
  // expected-error @+1 {{'graph.abs' op failed to infer returned types}}
  %0 = "graph.abs"(%a) : (tensor<2x3xf32>) -> tensor<?x3xf32>
  return
}

//===----------------------------------------------------------------------===//
// constant
//===----------------------------------------------------------------------===//

// -----

func.func @constant_vector() {
  // expected-error @+1 {{'graph.constant' op value must be a ranked tensor, got 'vector<2xf32>'}}
  %0 = graph.constant dense<1.0> : vector<2xf32>
  return
}

// -----

func.func @constant_missing_value() {
  // expected-error @+1 {{'graph.constant' op requires attribute 'value'}}
  %0 = "graph.constant"() : () -> tensor<3xf32>
  return
}

// -----

func.func @constant_not_elements() {
  // expected-error @+1 {{invalid properties {value = 1.000000e+00 : f32} for op graph.constant: Invalid attribute `value` in property conversion: 1.000000e+00 : f32}}
  %0 = "graph.constant"() <{value = 1.0 : f32}> : () -> tensor<f32>
  return
}

//===----------------------------------------------------------------------===//
// clip bounds
//===----------------------------------------------------------------------===//

// -----

func.func @clip_min_not_scalar(%a: tensor<2x3xf32>, %b: tensor<2xf32>) {
  // expected-error @+2 {{'graph.clip' op min must be a scalar (rank 0 or one element), got 'tensor<2xf32>'}}
  // expected-error @+1 {{'graph.clip' op failed to infer returned types}}
  %0 = graph.clip %a, min = %b : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

// A dynamic dim may hold more than one element.
func.func @clip_min_dynamic(%a: tensor<2x3xf32>, %b: tensor<?xf32>) {
  // expected-error @+2 {{'graph.clip' op min must be a scalar (rank 0 or one element), got 'tensor<?xf32>'}}
  // expected-error @+1 {{'graph.clip' op failed to infer returned types}}
  %0 = graph.clip %a, min = %b : (tensor<2x3xf32>, tensor<?xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @clip_max_not_scalar(%a: tensor<2x3xf32>, %lo: tensor<f32>, %hi: tensor<1x2xf32>) {
  // expected-error @+2 {{'graph.clip' op max must be a scalar (rank 0 or one element), got 'tensor<1x2xf32>'}}
  // expected-error @+1 {{'graph.clip' op failed to infer returned types}}
  %0 = graph.clip %a, min = %lo, max = %hi : (tensor<2x3xf32>, tensor<f32>, tensor<1x2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @clip_min_element_type(%a: tensor<2x3xf32>, %b: tensor<f16>) {
  // expected-error @+2 {{'graph.clip' op min has element type 'f16' but the input has 'f32'}}
  // expected-error @+1 {{'graph.clip' op failed to infer returned types}}
  %0 = graph.clip %a, min = %b : (tensor<2x3xf32>, tensor<f16>) -> tensor<2x3xf32>
  return
}

// -----

func.func @clip_max_element_type(%a: tensor<4xi64>, %lo: tensor<i64>, %hi: tensor<i32>) {
  // expected-error @+2 {{'graph.clip' op max has element type 'i32' but the input has 'i64'}}
  // expected-error @+1 {{'graph.clip' op failed to infer returned types}}
  %0 = graph.clip %a, min = %lo, max = %hi : (tensor<4xi64>, tensor<i64>, tensor<i32>) -> tensor<4xi64>
  return
}

// -----

func.func @clip_segment_sizes(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'graph.clip' op operand count (1) does not match with the total size (0) specified in attribute 'operandSegmentSizes'}}
  %0 = "graph.clip"(%a) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

//===----------------------------------------------------------------------===//
// cast target
//===----------------------------------------------------------------------===//

// -----

func.func @cast_to_index(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{'graph.cast' op 'to' must be a float or integer element type, got 'index'}}
  // expected-error @+1 {{'graph.cast' op failed to infer returned types}}
  %0 = graph.cast %a {to = index} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @cast_to_vector(%a: tensor<2x3xf32>) {
  // expected-error @+2 {{'graph.cast' op 'to' must be a float or integer element type, got 'vector<2xf32>'}}
  // expected-error @+1 {{'graph.cast' op failed to infer returned types}}
  %0 = graph.cast %a {to = vector<2xf32>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @cast_result_index(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'graph.cast' op result #0 must be ranked tensor of floating-point or integer values, but got 'tensor<2x3xindex>'}}
  %0 = graph.cast %a {to = index} : (tensor<2x3xf32>) -> tensor<2x3xindex>
  return
}

// -----

func.func @cast_to_not_a_type(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'graph.cast' op attribute 'to' failed to satisfy constraint: any type attribute}}
  %0 = graph.cast %a {to = 3 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @cast_missing_to(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'graph.cast' op requires attribute 'to'}}
  %0 = graph.cast %a : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

//===----------------------------------------------------------------------===//
// Attributes of the unary ops
//===----------------------------------------------------------------------===//

// -----

func.func @gelu_bad_approximate(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'graph.gelu' op approximate must be "none" or "tanh", got "fast"}}
  %0 = graph.gelu %a {approximate = "fast"} : tensor<2x3xf32>
  return
}

// -----

// The mode is case-sensitive, as in ONNX.
func.func @gelu_uppercase_approximate(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'graph.gelu' op approximate must be "none" or "tanh", got "TANH"}}
  %0 = graph.gelu %a {approximate = "TANH"} : tensor<2x3xf32>
  return
}

// -----

func.func @gelu_approximate_not_string(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'graph.gelu' op attribute 'approximate' failed to satisfy constraint: string attribute}}
  %0 = graph.gelu %a {approximate = 1 : i64} : tensor<2x3xf32>
  return
}

// -----

func.func @leaky_relu_alpha_f64(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'graph.leaky_relu' op attribute 'alpha' failed to satisfy constraint: 32-bit float attribute}}
  %0 = graph.leaky_relu %a {alpha = 0.1 : f64} : tensor<2x3xf32>
  return
}

// -----

func.func @hard_sigmoid_beta_integer(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'graph.hard_sigmoid' op attribute 'beta' failed to satisfy constraint: 32-bit float attribute}}
  %0 = graph.hard_sigmoid %a {beta = 1 : i32} : tensor<2x3xf32>
  return
}
