// RUN: dlc-opt %s | dlc-opt | FileCheck %s
// RUN: dlc-opt %s --mlir-print-op-generic | dlc-opt | FileCheck %s

// Round trip of the elementwise graph ops in their custom form: constant,
// identity, the broadcasting binary ops, pow, comparisons, where, the unary
// ops, clip and cast. The second RUN line goes through the generic form, so
// both forms of every op parse and print back to the same custom text.
// Default-valued attributes (leaky_relu alpha, hard_sigmoid alpha / beta,
// gelu approximate) are elided when they hold their default.

//===----------------------------------------------------------------------===//
// constant
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @constant_f32()
// CHECK: %[[C:.*]] = graph.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK: return %[[C]] : tensor<2xf32>
func.func @constant_f32() -> tensor<2xf32> {
  %0 = graph.constant dense<[1.0, 2.0]> : tensor<2xf32>
  return %0 : tensor<2xf32>
}

// CHECK-LABEL: func.func @constant_types()
// CHECK: %[[I64:.*]] = graph.constant dense<{{\[}}[1, -2, 3], [4, 5, -6]]> : tensor<2x3xi64>
// CHECK: %[[I1:.*]] = graph.constant dense<[true, false]> : tensor<2xi1>
// CHECK: %[[F16:.*]] = graph.constant dense<1.500000e+00> : tensor<f16>
// CHECK: %[[UI8:.*]] = graph.constant dense<[0, 255]> : tensor<2xui8>
// CHECK: %[[SPLAT:.*]] = graph.constant dense<0.000000e+00> : tensor<4x5xf32>
// CHECK: %[[EMPTY:.*]] = graph.constant dense<> : tensor<0xf32>
// CHECK: return %[[I64]], %[[I1]], %[[F16]], %[[UI8]], %[[SPLAT]], %[[EMPTY]]
func.func @constant_types() -> (tensor<2x3xi64>, tensor<2xi1>, tensor<f16>,
                                tensor<2xui8>, tensor<4x5xf32>, tensor<0xf32>) {
  %0 = graph.constant dense<[[1, -2, 3], [4, 5, -6]]> : tensor<2x3xi64>
  %1 = graph.constant dense<[true, false]> : tensor<2xi1>
  %2 = graph.constant dense<1.5> : tensor<f16>
  %3 = graph.constant dense<[0, 255]> : tensor<2xui8>
  %4 = graph.constant dense<0.0> : tensor<4x5xf32>
  %5 = graph.constant dense<> : tensor<0xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<2x3xi64>, tensor<2xi1>, tensor<f16>,
                                  tensor<2xui8>, tensor<4x5xf32>, tensor<0xf32>
}

// A weight held as a dense resource keeps its handle.
// CHECK-LABEL: func.func @constant_resource()
// CHECK: %[[W:.*]] = graph.constant dense_resource<weight> : tensor<2xf32>
// CHECK: return %[[W]] : tensor<2xf32>
func.func @constant_resource() -> tensor<2xf32> {
  %0 = graph.constant dense_resource<weight> : tensor<2xf32>
  return %0 : tensor<2xf32>
}

//===----------------------------------------------------------------------===//
// identity
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @identity(
// CHECK-SAME: %[[X:[^:]*]]: tensor<?x3xf32>, %[[B:[^:]*]]: tensor<i1>
// CHECK: %[[R0:.*]] = graph.identity %[[X]] : tensor<?x3xf32>
// CHECK: %[[R1:.*]] = graph.identity %[[B]] : tensor<i1>
// CHECK: return %[[R0]], %[[R1]] : tensor<?x3xf32>, tensor<i1>
func.func @identity(%x: tensor<?x3xf32>, %b: tensor<i1>)
    -> (tensor<?x3xf32>, tensor<i1>) {
  %0 = graph.identity %x : tensor<?x3xf32>
  %1 = graph.identity %b : tensor<i1>
  return %0, %1 : tensor<?x3xf32>, tensor<i1>
}

//===----------------------------------------------------------------------===//
// Broadcasting binary ops
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @add(
// CHECK-SAME: %[[A:[^:]*]]: tensor<2x3xf32>, %[[B:[^:]*]]: tensor<3xf32>, %[[S:[^:]*]]: tensor<f32>
// CHECK: %[[R0:.*]] = graph.add %[[A]], %[[B]] : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK: %[[R1:.*]] = graph.add %[[S]], %[[R0]] : (tensor<f32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: %[[R2:.*]] = graph.add %[[S]], %[[S]] : (tensor<f32>, tensor<f32>) -> tensor<f32>
// CHECK: return %[[R1]], %[[R2]]
func.func @add(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %s: tensor<f32>)
    -> (tensor<2x3xf32>, tensor<f32>) {
  %0 = graph.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %1 = graph.add %s, %0 : (tensor<f32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = graph.add %s, %s : (tensor<f32>, tensor<f32>) -> tensor<f32>
  return %1, %2 : tensor<2x3xf32>, tensor<f32>
}

// Dynamic dims: `?` against 1 stays `?`; `?` against a static N is N; a
// declared result may be more static than the inferred one.
// CHECK-LABEL: func.func @add_dynamic(
// CHECK-SAME: %[[A:[^:]*]]: tensor<?x3xf32>, %[[B:[^:]*]]: tensor<1x3xf32>, %[[C:[^:]*]]: tensor<4x1xf32>
// CHECK: %[[R0:.*]] = graph.add %[[A]], %[[B]] : (tensor<?x3xf32>, tensor<1x3xf32>) -> tensor<?x3xf32>
// CHECK: %[[R1:.*]] = graph.add %[[A]], %[[C]] : (tensor<?x3xf32>, tensor<4x1xf32>) -> tensor<4x3xf32>
// CHECK: %[[R2:.*]] = graph.add %[[A]], %[[B]] : (tensor<?x3xf32>, tensor<1x3xf32>) -> tensor<5x3xf32>
// CHECK: return %[[R0]], %[[R1]], %[[R2]]
func.func @add_dynamic(%a: tensor<?x3xf32>, %b: tensor<1x3xf32>,
                       %c: tensor<4x1xf32>)
    -> (tensor<?x3xf32>, tensor<4x3xf32>, tensor<5x3xf32>) {
  %0 = graph.add %a, %b : (tensor<?x3xf32>, tensor<1x3xf32>) -> tensor<?x3xf32>
  %1 = graph.add %a, %c : (tensor<?x3xf32>, tensor<4x1xf32>) -> tensor<4x3xf32>
  %2 = graph.add %a, %b : (tensor<?x3xf32>, tensor<1x3xf32>) -> tensor<5x3xf32>
  return %0, %1, %2 : tensor<?x3xf32>, tensor<4x3xf32>, tensor<5x3xf32>
}

// CHECK-LABEL: func.func @sub(
// CHECK-SAME: %[[A:[^:]*]]: tensor<2x1x4xi64>, %[[B:[^:]*]]: tensor<3x1xi64>
// CHECK: %[[R:.*]] = graph.sub %[[A]], %[[B]] : (tensor<2x1x4xi64>, tensor<3x1xi64>) -> tensor<2x3x4xi64>
// CHECK: return %[[R]] : tensor<2x3x4xi64>
func.func @sub(%a: tensor<2x1x4xi64>, %b: tensor<3x1xi64>) -> tensor<2x3x4xi64> {
  %0 = graph.sub %a, %b : (tensor<2x1x4xi64>, tensor<3x1xi64>) -> tensor<2x3x4xi64>
  return %0 : tensor<2x3x4xi64>
}

// CHECK-LABEL: func.func @mul(
// CHECK-SAME: %[[A:[^:]*]]: tensor<8x?xf16>, %[[B:[^:]*]]: tensor<f16>
// CHECK: %[[R:.*]] = graph.mul %[[A]], %[[B]] : (tensor<8x?xf16>, tensor<f16>) -> tensor<8x?xf16>
// CHECK: return %[[R]] : tensor<8x?xf16>
func.func @mul(%a: tensor<8x?xf16>, %b: tensor<f16>) -> tensor<8x?xf16> {
  %0 = graph.mul %a, %b : (tensor<8x?xf16>, tensor<f16>) -> tensor<8x?xf16>
  return %0 : tensor<8x?xf16>
}

// CHECK-LABEL: func.func @div(
// CHECK-SAME: %[[A:[^:]*]]: tensor<4xui8>, %[[B:[^:]*]]: tensor<1xui8>, %[[X:[^:]*]]: tensor<2x2xf64>
// CHECK: %[[R0:.*]] = graph.div %[[A]], %[[B]] : (tensor<4xui8>, tensor<1xui8>) -> tensor<4xui8>
// CHECK: %[[R1:.*]] = graph.div %[[X]], %[[X]] : (tensor<2x2xf64>, tensor<2x2xf64>) -> tensor<2x2xf64>
// CHECK: return %[[R0]], %[[R1]]
func.func @div(%a: tensor<4xui8>, %b: tensor<1xui8>, %x: tensor<2x2xf64>)
    -> (tensor<4xui8>, tensor<2x2xf64>) {
  %0 = graph.div %a, %b : (tensor<4xui8>, tensor<1xui8>) -> tensor<4xui8>
  %1 = graph.div %x, %x : (tensor<2x2xf64>, tensor<2x2xf64>) -> tensor<2x2xf64>
  return %0, %1 : tensor<4xui8>, tensor<2x2xf64>
}

// CHECK-LABEL: func.func @max_min(
// CHECK-SAME: %[[A:[^:]*]]: tensor<i32>, %[[B:[^:]*]]: tensor<3xi32>, %[[P:[^:]*]]: tensor<2xi1>
// CHECK: %[[R0:.*]] = graph.max %[[A]], %[[B]] : (tensor<i32>, tensor<3xi32>) -> tensor<3xi32>
// CHECK: %[[R1:.*]] = graph.min %[[R0]], %[[A]] : (tensor<3xi32>, tensor<i32>) -> tensor<3xi32>
// CHECK: %[[R2:.*]] = graph.max %[[A]], %[[A]] : (tensor<i32>, tensor<i32>) -> tensor<i32>
// CHECK: %[[R3:.*]] = graph.min %[[P]], %[[P]] : (tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
// CHECK: return %[[R1]], %[[R2]], %[[R3]]
func.func @max_min(%a: tensor<i32>, %b: tensor<3xi32>, %p: tensor<2xi1>)
    -> (tensor<3xi32>, tensor<i32>, tensor<2xi1>) {
  %0 = graph.max %a, %b : (tensor<i32>, tensor<3xi32>) -> tensor<3xi32>
  %1 = graph.min %0, %a : (tensor<3xi32>, tensor<i32>) -> tensor<3xi32>
  %2 = graph.max %a, %a : (tensor<i32>, tensor<i32>) -> tensor<i32>
  %3 = graph.min %p, %p : (tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
  return %1, %2, %3 : tensor<3xi32>, tensor<i32>, tensor<2xi1>
}

// The exponent of pow may have another element type; the result has the
// base's.
// CHECK-LABEL: func.func @pow(
// CHECK-SAME: %[[X:[^:]*]]: tensor<4xf32>, %[[E:[^:]*]]: tensor<f32>, %[[N:[^:]*]]: tensor<2x1xi64>
// CHECK: %[[R0:.*]] = graph.pow %[[X]], %[[E]] : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
// CHECK: %[[R1:.*]] = graph.pow %[[X]], %[[N]] : (tensor<4xf32>, tensor<2x1xi64>) -> tensor<2x4xf32>
// CHECK: return %[[R0]], %[[R1]]
func.func @pow(%x: tensor<4xf32>, %e: tensor<f32>, %n: tensor<2x1xi64>)
    -> (tensor<4xf32>, tensor<2x4xf32>) {
  %0 = graph.pow %x, %e : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %1 = graph.pow %x, %n : (tensor<4xf32>, tensor<2x1xi64>) -> tensor<2x4xf32>
  return %0, %1 : tensor<4xf32>, tensor<2x4xf32>
}

//===----------------------------------------------------------------------===//
// Comparisons and where
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @compare(
// CHECK-SAME: %[[A:[^:]*]]: tensor<2x3xf32>, %[[B:[^:]*]]: tensor<2x1xf32>, %[[I:[^:]*]]: tensor<?xi64>, %[[P:[^:]*]]: tensor<2xi1>, %[[U:[^:]*]]: tensor<ui8>
// CHECK: %[[R0:.*]] = graph.equal %[[A]], %[[B]] : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xi1>
// CHECK: %[[R1:.*]] = graph.less %[[A]], %[[B]] : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xi1>
// CHECK: %[[R2:.*]] = graph.greater %[[I]], %[[I]] : (tensor<?xi64>, tensor<?xi64>) -> tensor<?xi1>
// CHECK: %[[R3:.*]] = graph.equal %[[P]], %[[P]] : (tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
// CHECK: %[[R4:.*]] = graph.less %[[U]], %[[U]] : (tensor<ui8>, tensor<ui8>) -> tensor<i1>
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]]
func.func @compare(%a: tensor<2x3xf32>, %b: tensor<2x1xf32>, %i: tensor<?xi64>,
                   %p: tensor<2xi1>, %u: tensor<ui8>)
    -> (tensor<2x3xi1>, tensor<2x3xi1>, tensor<?xi1>, tensor<2xi1>, tensor<i1>) {
  %0 = graph.equal %a, %b : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xi1>
  %1 = graph.less %a, %b : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xi1>
  %2 = graph.greater %i, %i : (tensor<?xi64>, tensor<?xi64>) -> tensor<?xi1>
  %3 = graph.equal %p, %p : (tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
  %4 = graph.less %u, %u : (tensor<ui8>, tensor<ui8>) -> tensor<i1>
  return %0, %1, %2, %3, %4
      : tensor<2x3xi1>, tensor<2x3xi1>, tensor<?xi1>, tensor<2xi1>, tensor<i1>
}

// The condition broadcasts with x and y.
// CHECK-LABEL: func.func @where(
// CHECK-SAME: %[[C:[^:]*]]: tensor<2x1xi1>, %[[X:[^:]*]]: tensor<2x3xf32>, %[[Y:[^:]*]]: tensor<f32>, %[[D:[^:]*]]: tensor<?xi1>, %[[I:[^:]*]]: tensor<4xi64>, %[[S:[^:]*]]: tensor<i1>
// CHECK: %[[R0:.*]] = graph.where %[[C]], %[[X]], %[[Y]] : (tensor<2x1xi1>, tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
// CHECK: %[[R1:.*]] = graph.where %[[D]], %[[I]], %[[I]] : (tensor<?xi1>, tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
// CHECK: %[[R2:.*]] = graph.where %[[S]], %[[Y]], %[[Y]] : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
// CHECK: %[[R3:.*]] = graph.where %[[C]], %[[S]], %[[D]] : (tensor<2x1xi1>, tensor<i1>, tensor<?xi1>) -> tensor<2x?xi1>
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]]
func.func @where(%c: tensor<2x1xi1>, %x: tensor<2x3xf32>, %y: tensor<f32>,
                 %d: tensor<?xi1>, %i: tensor<4xi64>, %s: tensor<i1>)
    -> (tensor<2x3xf32>, tensor<4xi64>, tensor<f32>, tensor<2x?xi1>) {
  %0 = graph.where %c, %x, %y
      : (tensor<2x1xi1>, tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %1 = graph.where %d, %i, %i
      : (tensor<?xi1>, tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  %2 = graph.where %s, %y, %y : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
  %3 = graph.where %c, %s, %d
      : (tensor<2x1xi1>, tensor<i1>, tensor<?xi1>) -> tensor<2x?xi1>
  return %0, %1, %2, %3 : tensor<2x3xf32>, tensor<4xi64>, tensor<f32>, tensor<2x?xi1>
}

//===----------------------------------------------------------------------===//
// Unary ops
//===----------------------------------------------------------------------===//

// The ops that take any number type.
// CHECK-LABEL: func.func @unary_any(
// CHECK-SAME: %[[F:[^:]*]]: tensor<2x?xf32>, %[[I:[^:]*]]: tensor<4xi64>, %[[H:[^:]*]]: tensor<f16>, %[[B:[^:]*]]: tensor<3xi8>
// CHECK: %[[R0:.*]] = graph.neg %[[F]] : tensor<2x?xf32>
// CHECK: %[[R1:.*]] = graph.neg %[[I]] : tensor<4xi64>
// CHECK: %[[R2:.*]] = graph.abs %[[I]] : tensor<4xi64>
// CHECK: %[[R3:.*]] = graph.abs %[[H]] : tensor<f16>
// CHECK: %[[R4:.*]] = graph.relu %[[F]] : tensor<2x?xf32>
// CHECK: %[[R5:.*]] = graph.relu %[[B]] : tensor<3xi8>
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]]
func.func @unary_any(%f: tensor<2x?xf32>, %i: tensor<4xi64>, %h: tensor<f16>,
                     %b: tensor<3xi8>)
    -> (tensor<2x?xf32>, tensor<4xi64>, tensor<4xi64>, tensor<f16>,
        tensor<2x?xf32>, tensor<3xi8>) {
  %0 = graph.neg %f : tensor<2x?xf32>
  %1 = graph.neg %i : tensor<4xi64>
  %2 = graph.abs %i : tensor<4xi64>
  %3 = graph.abs %h : tensor<f16>
  %4 = graph.relu %f : tensor<2x?xf32>
  %5 = graph.relu %b : tensor<3xi8>
  return %0, %1, %2, %3, %4, %5 : tensor<2x?xf32>, tensor<4xi64>, tensor<4xi64>,
                                  tensor<f16>, tensor<2x?xf32>, tensor<3xi8>
}

// The ops restricted to floats, on f32, f64, f16 and bf16.
// CHECK-LABEL: func.func @unary_float(
// CHECK-SAME: %[[F:[^:]*]]: tensor<2x3xf32>, %[[D:[^:]*]]: tensor<?xf64>, %[[H:[^:]*]]: tensor<f16>, %[[BF:[^:]*]]: tensor<8xbf16>
// CHECK: %[[R0:.*]] = graph.sqrt %[[F]] : tensor<2x3xf32>
// CHECK: %[[R1:.*]] = graph.sqrt %[[D]] : tensor<?xf64>
// CHECK: %[[R2:.*]] = graph.reciprocal %[[H]] : tensor<f16>
// CHECK: %[[R3:.*]] = graph.exp %[[F]] : tensor<2x3xf32>
// CHECK: %[[R4:.*]] = graph.log %[[D]] : tensor<?xf64>
// CHECK: %[[R5:.*]] = graph.erf %[[F]] : tensor<2x3xf32>
// CHECK: %[[R6:.*]] = graph.tanh %[[BF]] : tensor<8xbf16>
// CHECK: %[[R7:.*]] = graph.sigmoid %[[BF]] : tensor<8xbf16>
// CHECK: %[[R8:.*]] = graph.hard_swish %[[H]] : tensor<f16>
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]]
func.func @unary_float(%f: tensor<2x3xf32>, %d: tensor<?xf64>, %h: tensor<f16>,
                       %bf: tensor<8xbf16>)
    -> (tensor<2x3xf32>, tensor<?xf64>, tensor<f16>, tensor<2x3xf32>,
        tensor<?xf64>, tensor<2x3xf32>, tensor<8xbf16>, tensor<8xbf16>,
        tensor<f16>) {
  %0 = graph.sqrt %f : tensor<2x3xf32>
  %1 = graph.sqrt %d : tensor<?xf64>
  %2 = graph.reciprocal %h : tensor<f16>
  %3 = graph.exp %f : tensor<2x3xf32>
  %4 = graph.log %d : tensor<?xf64>
  %5 = graph.erf %f : tensor<2x3xf32>
  %6 = graph.tanh %bf : tensor<8xbf16>
  %7 = graph.sigmoid %bf : tensor<8xbf16>
  %8 = graph.hard_swish %h : tensor<f16>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8
      : tensor<2x3xf32>, tensor<?xf64>, tensor<f16>, tensor<2x3xf32>,
        tensor<?xf64>, tensor<2x3xf32>, tensor<8xbf16>, tensor<8xbf16>,
        tensor<f16>
}

// CHECK-LABEL: func.func @not(
// CHECK-SAME: %[[P:[^:]*]]: tensor<2x?xi1>, %[[S:[^:]*]]: tensor<i1>
// CHECK: %[[R0:.*]] = graph.not %[[P]] : tensor<2x?xi1>
// CHECK: %[[R1:.*]] = graph.not %[[S]] : tensor<i1>
// CHECK: return %[[R0]], %[[R1]] : tensor<2x?xi1>, tensor<i1>
func.func @not(%p: tensor<2x?xi1>, %s: tensor<i1>) -> (tensor<2x?xi1>, tensor<i1>) {
  %0 = graph.not %p : tensor<2x?xi1>
  %1 = graph.not %s : tensor<i1>
  return %0, %1 : tensor<2x?xi1>, tensor<i1>
}

// alpha = 0.01 is the default and is elided; other values print.
// CHECK-LABEL: func.func @leaky_relu(
// CHECK-SAME: %[[X:[^:]*]]: tensor<2x3xf32>, %[[H:[^:]*]]: tensor<?xf16>
// CHECK: %[[R0:.*]] = graph.leaky_relu %[[X]] : tensor<2x3xf32>
// CHECK: %[[R1:.*]] = graph.leaky_relu %[[X]] {alpha = 1.000000e-01 : f32} : tensor<2x3xf32>
// CHECK: %[[R2:.*]] = graph.leaky_relu %[[H]] {alpha = 2.500000e-01 : f32} : tensor<?xf16>
// CHECK: %[[R3:.*]] = graph.leaky_relu %[[X]] : tensor<2x3xf32>
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]]
func.func @leaky_relu(%x: tensor<2x3xf32>, %h: tensor<?xf16>)
    -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<?xf16>, tensor<2x3xf32>) {
  %0 = graph.leaky_relu %x : tensor<2x3xf32>
  %1 = graph.leaky_relu %x {alpha = 0.1 : f32} : tensor<2x3xf32>
  %2 = graph.leaky_relu %h {alpha = 0.25 : f32} : tensor<?xf16>
  %3 = graph.leaky_relu %x {alpha = 0.00999999977 : f32} : tensor<2x3xf32>
  return %0, %1, %2, %3 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<?xf16>, tensor<2x3xf32>
}

// CHECK-LABEL: func.func @hard_sigmoid(
// CHECK-SAME: %[[X:[^:]*]]: tensor<8xf32>
// CHECK: %[[R0:.*]] = graph.hard_sigmoid %[[X]] : tensor<8xf32>
// CHECK: %[[R1:.*]] = graph.hard_sigmoid %[[X]] {alpha = 1.250000e-01 : f32} : tensor<8xf32>
// CHECK: %[[R2:.*]] = graph.hard_sigmoid %[[X]] {beta = 2.500000e-01 : f32} : tensor<8xf32>
// CHECK: %[[R3:.*]] = graph.hard_sigmoid %[[X]] {alpha = 1.250000e-01 : f32, beta = 2.500000e-01 : f32} : tensor<8xf32>
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]]
func.func @hard_sigmoid(%x: tensor<8xf32>)
    -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) {
  %0 = graph.hard_sigmoid %x : tensor<8xf32>
  %1 = graph.hard_sigmoid %x {alpha = 0.125 : f32} : tensor<8xf32>
  %2 = graph.hard_sigmoid %x {beta = 0.25 : f32} : tensor<8xf32>
  %3 = graph.hard_sigmoid %x {beta = 0.25 : f32, alpha = 0.125 : f32} : tensor<8xf32>
  return %0, %1, %2, %3 : tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
}

// approximate = "none" is the default and is elided.
// CHECK-LABEL: func.func @gelu(
// CHECK-SAME: %[[X:[^:]*]]: tensor<2x768xf32>, %[[H:[^:]*]]: tensor<?x?xf16>
// CHECK: %[[R0:.*]] = graph.gelu %[[X]] : tensor<2x768xf32>
// CHECK: %[[R1:.*]] = graph.gelu %[[X]] {approximate = "tanh"} : tensor<2x768xf32>
// CHECK: %[[R2:.*]] = graph.gelu %[[X]] : tensor<2x768xf32>
// CHECK: %[[R3:.*]] = graph.gelu %[[H]] {approximate = "tanh"} : tensor<?x?xf16>
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]]
func.func @gelu(%x: tensor<2x768xf32>, %h: tensor<?x?xf16>)
    -> (tensor<2x768xf32>, tensor<2x768xf32>, tensor<2x768xf32>, tensor<?x?xf16>) {
  %0 = graph.gelu %x : tensor<2x768xf32>
  %1 = graph.gelu %x {approximate = "tanh"} : tensor<2x768xf32>
  %2 = graph.gelu %x {approximate = "none"} : tensor<2x768xf32>
  %3 = graph.gelu %h {approximate = "tanh"} : tensor<?x?xf16>
  return %0, %1, %2, %3
      : tensor<2x768xf32>, tensor<2x768xf32>, tensor<2x768xf32>, tensor<?x?xf16>
}

//===----------------------------------------------------------------------===//
// clip
//===----------------------------------------------------------------------===//

// Bounds are rank 0 or hold one element, of the input's element type.
// Either bound may be absent, the max-only form included.
// CHECK-LABEL: func.func @clip(
// CHECK-SAME: %[[X:[^:]*]]: tensor<4xf32>, %[[LO:[^:]*]]: tensor<f32>, %[[HI:[^:]*]]: tensor<1xf32>, %[[I:[^:]*]]: tensor<?x2xi64>, %[[ILO:[^:]*]]: tensor<1x1xi64>, %[[IHI:[^:]*]]: tensor<i64>
// CHECK: %[[R0:.*]] = graph.clip %[[X]] : (tensor<4xf32>) -> tensor<4xf32>
// CHECK: %[[R1:.*]] = graph.clip %[[X]], min = %[[LO]] : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
// CHECK: %[[R2:.*]] = graph.clip %[[X]], min = %[[LO]], max = %[[HI]] : (tensor<4xf32>, tensor<f32>, tensor<1xf32>) -> tensor<4xf32>
// CHECK: %[[R3:.*]] = graph.clip %[[I]], min = %[[ILO]], max = %[[IHI]] : (tensor<?x2xi64>, tensor<1x1xi64>, tensor<i64>) -> tensor<?x2xi64>
// CHECK: %[[R4:.*]] = graph.clip %[[X]], max = %[[HI]] : (tensor<4xf32>, tensor<1xf32>) -> tensor<4xf32>
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]]
func.func @clip(%x: tensor<4xf32>, %lo: tensor<f32>, %hi: tensor<1xf32>,
                %i: tensor<?x2xi64>, %ilo: tensor<1x1xi64>, %ihi: tensor<i64>)
    -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<?x2xi64>,
        tensor<4xf32>) {
  %0 = graph.clip %x : (tensor<4xf32>) -> tensor<4xf32>
  %1 = graph.clip %x, min = %lo : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %2 = graph.clip %x, min = %lo, max = %hi
      : (tensor<4xf32>, tensor<f32>, tensor<1xf32>) -> tensor<4xf32>
  %3 = graph.clip %i, min = %ilo, max = %ihi
      : (tensor<?x2xi64>, tensor<1x1xi64>, tensor<i64>) -> tensor<?x2xi64>
  %4 = graph.clip %x, max = %hi : (tensor<4xf32>, tensor<1xf32>) -> tensor<4xf32>
  return %0, %1, %2, %3, %4
      : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<?x2xi64>, tensor<4xf32>
}

//===----------------------------------------------------------------------===//
// cast
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @cast(
// CHECK-SAME: %[[F:[^:]*]]: tensor<2x3xf32>, %[[I:[^:]*]]: tensor<?xi64>, %[[P:[^:]*]]: tensor<i1>, %[[U:[^:]*]]: tensor<4xui8>
// CHECK: %[[R0:.*]] = graph.cast %[[F]] {to = i64} : (tensor<2x3xf32>) -> tensor<2x3xi64>
// CHECK: %[[R1:.*]] = graph.cast %[[F]] {to = f16} : (tensor<2x3xf32>) -> tensor<2x3xf16>
// CHECK: %[[R2:.*]] = graph.cast %[[F]] {to = i1} : (tensor<2x3xf32>) -> tensor<2x3xi1>
// CHECK: %[[R3:.*]] = graph.cast %[[F]] {to = f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: %[[R4:.*]] = graph.cast %[[I]] {to = f32} : (tensor<?xi64>) -> tensor<?xf32>
// CHECK: %[[R5:.*]] = graph.cast %[[I]] {to = ui8} : (tensor<?xi64>) -> tensor<?xui8>
// CHECK: %[[R6:.*]] = graph.cast %[[P]] {to = f64} : (tensor<i1>) -> tensor<f64>
// CHECK: %[[R7:.*]] = graph.cast %[[U]] {to = bf16} : (tensor<4xui8>) -> tensor<4xbf16>
// CHECK: %[[R8:.*]] = graph.cast %[[U]] {to = i32} : (tensor<4xui8>) -> tensor<4xi32>
// CHECK: return %[[R0]], %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[R5]], %[[R6]], %[[R7]], %[[R8]]
func.func @cast(%f: tensor<2x3xf32>, %i: tensor<?xi64>, %p: tensor<i1>,
                %u: tensor<4xui8>)
    -> (tensor<2x3xi64>, tensor<2x3xf16>, tensor<2x3xi1>, tensor<2x3xf32>,
        tensor<?xf32>, tensor<?xui8>, tensor<f64>, tensor<4xbf16>,
        tensor<4xi32>) {
  %0 = graph.cast %f {to = i64} : (tensor<2x3xf32>) -> tensor<2x3xi64>
  %1 = graph.cast %f {to = f16} : (tensor<2x3xf32>) -> tensor<2x3xf16>
  %2 = graph.cast %f {to = i1} : (tensor<2x3xf32>) -> tensor<2x3xi1>
  %3 = graph.cast %f {to = f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %4 = graph.cast %i {to = f32} : (tensor<?xi64>) -> tensor<?xf32>
  %5 = graph.cast %i {to = ui8} : (tensor<?xi64>) -> tensor<?xui8>
  %6 = graph.cast %p {to = f64} : (tensor<i1>) -> tensor<f64>
  %7 = graph.cast %u {to = bf16} : (tensor<4xui8>) -> tensor<4xbf16>
  %8 = graph.cast %u {to = i32} : (tensor<4xui8>) -> tensor<4xi32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8
      : tensor<2x3xi64>, tensor<2x3xf16>, tensor<2x3xi1>, tensor<2x3xf32>,
        tensor<?xf32>, tensor<?xui8>, tensor<f64>, tensor<4xbf16>,
        tensor<4xi32>
}

{-#
  dialect_resources: {
    builtin: {
      weight: "0x040000000000803F00000040"
    }
  }
#-}

// The blob of the resource survives the round trip.
// CHECK: dialect_resources
// CHECK: weight: "0x040000000000803F00000040"
