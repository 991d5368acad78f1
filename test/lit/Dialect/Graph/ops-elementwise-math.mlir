// RUN: dlc-opt %s | dlc-opt | FileCheck %s
// RUN: dlc-opt %s --mlir-print-op-generic | dlc-opt | FileCheck %s

// Round trip of the elementwise graph ops for math functions, activations
// with attributes, float tests, bool logic, bit shifts, mod and prelu, in
// their custom form. The second RUN line goes through the generic form.
// Attributes holding their default value (elu alpha = 1, selu's alpha and
// gamma, shrink bias = 0 and lambd = 0.5, is_inf's detect flags, mod fmod =
// false) are elided.

//===----------------------------------------------------------------------===//
// Unary math functions
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @unary_float(
// CHECK-SAME: %[[X:[^:]*]]: tensor<2x3xf32>, %[[H:[^:]*]]: tensor<?xf16>, %[[D:[^:]*]]: tensor<f64>
// CHECK: graph.ceil %[[X]] : tensor<2x3xf32>
// CHECK: graph.floor %[[H]] : tensor<?xf16>
// CHECK: graph.round %[[D]] : tensor<f64>
// CHECK: graph.sin %[[X]] : tensor<2x3xf32>
// CHECK: graph.cos %[[X]] : tensor<2x3xf32>
// CHECK: graph.tan %[[X]] : tensor<2x3xf32>
// CHECK: graph.asin %[[X]] : tensor<2x3xf32>
// CHECK: graph.acos %[[X]] : tensor<2x3xf32>
// CHECK: graph.atan %[[X]] : tensor<2x3xf32>
// CHECK: graph.sinh %[[X]] : tensor<2x3xf32>
// CHECK: graph.cosh %[[X]] : tensor<2x3xf32>
// CHECK: graph.asinh %[[X]] : tensor<2x3xf32>
// CHECK: graph.acosh %[[X]] : tensor<2x3xf32>
// CHECK: graph.atanh %[[D]] : tensor<f64>
// CHECK: graph.softplus %[[X]] : tensor<2x3xf32>
// CHECK: graph.softsign %[[H]] : tensor<?xf16>
func.func @unary_float(%x: tensor<2x3xf32>, %h: tensor<?xf16>, %d: tensor<f64>) {
  %0 = graph.ceil %x : tensor<2x3xf32>
  %1 = graph.floor %h : tensor<?xf16>
  %2 = graph.round %d : tensor<f64>
  %3 = graph.sin %x : tensor<2x3xf32>
  %4 = graph.cos %x : tensor<2x3xf32>
  %5 = graph.tan %x : tensor<2x3xf32>
  %6 = graph.asin %x : tensor<2x3xf32>
  %7 = graph.acos %x : tensor<2x3xf32>
  %8 = graph.atan %x : tensor<2x3xf32>
  %9 = graph.sinh %x : tensor<2x3xf32>
  %10 = graph.cosh %x : tensor<2x3xf32>
  %11 = graph.asinh %x : tensor<2x3xf32>
  %12 = graph.acosh %x : tensor<2x3xf32>
  %13 = graph.atanh %d : tensor<f64>
  %14 = graph.softplus %x : tensor<2x3xf32>
  %15 = graph.softsign %h : tensor<?xf16>
  return
}

// Sign takes any numeric type.
// CHECK-LABEL: func.func @sign(
// CHECK: graph.sign %{{.*}} : tensor<4xf32>
// CHECK: graph.sign %{{.*}} : tensor<4xi32>
// CHECK: graph.sign %{{.*}} : tensor<4xui8>
func.func @sign(%x: tensor<4xf32>, %i: tensor<4xi32>, %u: tensor<4xui8>) {
  %0 = graph.sign %x : tensor<4xf32>
  %1 = graph.sign %i : tensor<4xi32>
  %2 = graph.sign %u : tensor<4xui8>
  return
}

//===----------------------------------------------------------------------===//
// Activations with attributes
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @activations(
// CHECK: graph.elu %{{.*}} : tensor<2x3xf32>
// CHECK: graph.elu %{{.*}} {alpha = 2.000000e+00 : f32} : tensor<2x3xf32>
// CHECK: graph.celu %{{.*}} : tensor<2x3xf32>
// CHECK: graph.celu %{{.*}} {alpha = 5.000000e-01 : f32} : tensor<2x3xf32>
// CHECK: graph.selu %{{.*}} : tensor<2x3xf32>
// CHECK: graph.selu %{{.*}} {alpha = 2.000000e+00 : f32, gamma = 3.000000e+00 : f32} : tensor<2x3xf32>
// CHECK: graph.thresholded_relu %{{.*}} : tensor<2x3xf32>
// CHECK: graph.thresholded_relu %{{.*}} {alpha = 2.000000e+00 : f32} : tensor<2x3xf32>
// CHECK: graph.shrink %{{.*}} : tensor<2x3xf32>
// CHECK: graph.shrink %{{.*}} {bias = 1.500000e+00 : f32, lambd = 1.500000e+00 : f32} : tensor<2x3xf32>
func.func @activations(%x: tensor<2x3xf32>) {
  %0 = graph.elu %x : tensor<2x3xf32>
  %1 = graph.elu %x {alpha = 2.0 : f32} : tensor<2x3xf32>
  %2 = graph.celu %x {alpha = 1.0 : f32} : tensor<2x3xf32>
  %3 = graph.celu %x {alpha = 0.5 : f32} : tensor<2x3xf32>
  %4 = graph.selu %x : tensor<2x3xf32>
  %5 = graph.selu %x {alpha = 2.0 : f32, gamma = 3.0 : f32} : tensor<2x3xf32>
  %6 = graph.thresholded_relu %x : tensor<2x3xf32>
  %7 = graph.thresholded_relu %x {alpha = 2.0 : f32} : tensor<2x3xf32>
  %8 = graph.shrink %x {bias = 0.0 : f32, lambd = 0.5 : f32} : tensor<2x3xf32>
  %9 = graph.shrink %x {bias = 1.5 : f32, lambd = 1.5 : f32} : tensor<2x3xf32>
  return
}

// The slope broadcasts to the input (per channel here, and a scalar); the
// result has the input's shape.
// CHECK-LABEL: func.func @prelu(
// CHECK-SAME: %[[X:[^:]*]]: tensor<1x3x4x4xf32>, %[[S:[^:]*]]: tensor<3x1x1xf32>, %[[K:[^:]*]]: tensor<f32>, %[[I:[^:]*]]: tensor<?x5xi32>
// CHECK: graph.prelu %[[X]], %[[S]] : (tensor<1x3x4x4xf32>, tensor<3x1x1xf32>) -> tensor<1x3x4x4xf32>
// CHECK: graph.prelu %[[X]], %[[K]] : (tensor<1x3x4x4xf32>, tensor<f32>) -> tensor<1x3x4x4xf32>
// CHECK: graph.prelu %[[I]], %[[I]] : (tensor<?x5xi32>, tensor<?x5xi32>) -> tensor<?x5xi32>
func.func @prelu(%x: tensor<1x3x4x4xf32>, %s: tensor<3x1x1xf32>, %k: tensor<f32>,
                 %i: tensor<?x5xi32>) {
  %0 = graph.prelu %x, %s : (tensor<1x3x4x4xf32>, tensor<3x1x1xf32>) -> tensor<1x3x4x4xf32>
  %1 = graph.prelu %x, %k : (tensor<1x3x4x4xf32>, tensor<f32>) -> tensor<1x3x4x4xf32>
  %2 = graph.prelu %i, %i : (tensor<?x5xi32>, tensor<?x5xi32>) -> tensor<?x5xi32>
  return
}

//===----------------------------------------------------------------------===//
// Float tests
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @float_tests(
// CHECK: graph.is_nan %{{.*}} : (tensor<2x?xf32>) -> tensor<2x?xi1>
// CHECK: graph.is_inf %{{.*}} : (tensor<2x?xf32>) -> tensor<2x?xi1>
// CHECK: graph.is_inf %{{.*}} {detect_negative = false} : (tensor<2x?xf32>) -> tensor<2x?xi1>
// CHECK: graph.is_inf %{{.*}} {detect_positive = false} : (tensor<f64>) -> tensor<i1>
func.func @float_tests(%x: tensor<2x?xf32>, %d: tensor<f64>) {
  %0 = graph.is_nan %x : (tensor<2x?xf32>) -> tensor<2x?xi1>
  %1 = graph.is_inf %x {detect_negative = true, detect_positive = true} : (tensor<2x?xf32>) -> tensor<2x?xi1>
  %2 = graph.is_inf %x {detect_negative = false} : (tensor<2x?xf32>) -> tensor<2x?xi1>
  %3 = graph.is_inf %d {detect_positive = false} : (tensor<f64>) -> tensor<i1>
  return
}

//===----------------------------------------------------------------------===//
// Broadcasting binary ops: logic, comparisons, mod, bit shifts
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @logic(
// CHECK-SAME: %[[A:[^:]*]]: tensor<2x3xi1>, %[[B:[^:]*]]: tensor<3xi1>
// CHECK: graph.and %[[A]], %[[B]] : (tensor<2x3xi1>, tensor<3xi1>) -> tensor<2x3xi1>
// CHECK: graph.or %[[B]], %[[A]] : (tensor<3xi1>, tensor<2x3xi1>) -> tensor<2x3xi1>
// CHECK: graph.xor %[[A]], %[[A]] : (tensor<2x3xi1>, tensor<2x3xi1>) -> tensor<2x3xi1>
func.func @logic(%a: tensor<2x3xi1>, %b: tensor<3xi1>) {
  %0 = graph.and %a, %b : (tensor<2x3xi1>, tensor<3xi1>) -> tensor<2x3xi1>
  %1 = graph.or %b, %a : (tensor<3xi1>, tensor<2x3xi1>) -> tensor<2x3xi1>
  %2 = graph.xor %a, %a : (tensor<2x3xi1>, tensor<2x3xi1>) -> tensor<2x3xi1>
  return
}

// CHECK-LABEL: func.func @compare_or_equal(
// CHECK: graph.less_or_equal %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
// CHECK: graph.greater_or_equal %{{.*}}, %{{.*}} : (tensor<4xui16>, tensor<ui16>) -> tensor<4xi1>
func.func @compare_or_equal(%a: tensor<2x3xf32>, %b: tensor<3xf32>,
                            %c: tensor<4xui16>, %d: tensor<ui16>) {
  %0 = graph.less_or_equal %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %1 = graph.greater_or_equal %c, %d : (tensor<4xui16>, tensor<ui16>) -> tensor<4xi1>
  return
}

// CHECK-LABEL: func.func @mod(
// CHECK: graph.mod %{{.*}}, %{{.*}} : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
// CHECK: graph.mod %{{.*}}, %{{.*}} {fmod = true} : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
// CHECK: graph.mod %{{.*}}, %{{.*}} {fmod = true} : (tensor<4xf16>, tensor<f16>) -> tensor<4xf16>
func.func @mod(%a: tensor<2x3xi32>, %b: tensor<3xi32>, %x: tensor<4xf16>, %y: tensor<f16>) {
  %0 = graph.mod %a, %b {fmod = false} : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  %1 = graph.mod %a, %b {fmod = true} : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  %2 = graph.mod %x, %y {fmod = true} : (tensor<4xf16>, tensor<f16>) -> tensor<4xf16>
  return
}

// CHECK-LABEL: func.func @bit_shift(
// CHECK: graph.bit_shift %{{.*}}, %{{.*}} {direction = "LEFT"} : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
// CHECK: graph.bit_shift %{{.*}}, %{{.*}} {direction = "RIGHT"} : (tensor<2x3xui64>, tensor<ui64>) -> tensor<2x3xui64>
func.func @bit_shift(%a: tensor<3xui8>, %b: tensor<2x3xui64>, %n: tensor<ui64>) {
  %0 = graph.bit_shift %a, %a {direction = "LEFT"} : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
  %1 = graph.bit_shift %b, %n {direction = "RIGHT"} : (tensor<2x3xui64>, tensor<ui64>) -> tensor<2x3xui64>
  return
}
