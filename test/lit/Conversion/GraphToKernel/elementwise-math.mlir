// RUN: dlc-opt %s --convert-graph-to-kernel -split-input-file | FileCheck %s

// The scalar bodies of the elementwise ops for math functions, activations,
// float tests, bool logic, bit shifts, mod and prelu: each is one
// elementwise kernel.generic (constants are built in the kernel.fused, above
// the generic).

// One math or arith op each.
// CHECK-LABEL: func.func @scalar_ops
// CHECK:         ^bb0(%[[X:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:      %[[R:.*]] = math.acos %[[X]] : f32
// CHECK-NEXT:      kernel.yield %[[R]] : f32
// CHECK:         ^bb0(%[[X:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:      %[[R:.*]] = math.roundeven %[[X]] : f32
// CHECK-NEXT:      kernel.yield %[[R]] : f32
// CHECK:         ^bb0(%[[X:.*]]: f32, %{{.*}}: i1):
// CHECK-NEXT:      %[[R:.*]] = math.isnan %[[X]] : f32
// CHECK-NEXT:      kernel.yield %[[R]] : i1
// CHECK:         ^bb0(%[[A:.*]]: i1, %[[B:.*]]: i1, %{{.*}}: i1):
// CHECK-NEXT:      %[[R:.*]] = arith.andi %[[A]], %[[B]] : i1
// CHECK-NEXT:      kernel.yield %[[R]] : i1
// CHECK:         ^bb0(%[[A:.*]]: i1, %[[B:.*]]: i1, %{{.*}}: i1):
// CHECK-NEXT:      %[[R:.*]] = arith.xori %[[A]], %[[B]] : i1
// CHECK-NEXT:      kernel.yield %[[R]] : i1
// CHECK:         ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32, %{{.*}}: i1):
// CHECK-NEXT:      %[[R:.*]] = arith.cmpf ole, %[[A]], %[[B]] : f32
// CHECK-NEXT:      kernel.yield %[[R]] : i1
// CHECK:         ^bb0(%[[A:.*]]: i64, %[[B:.*]]: i64, %{{.*}}: i1):
// CHECK-NEXT:      %[[R:.*]] = arith.cmpi sge, %[[A]], %[[B]] : i64
// CHECK-NEXT:      kernel.yield %[[R]] : i1
func.func @scalar_ops(%x: tensor<4xf32>, %p: tensor<4xi1>, %i: tensor<4xi64>)
    -> (tensor<4xf32>, tensor<4xf32>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>,
        tensor<4xi1>, tensor<4xi1>) {
  %0 = graph.acos %x : tensor<4xf32>
  %1 = graph.round %x : tensor<4xf32>
  %2 = graph.is_nan %x : (tensor<4xf32>) -> tensor<4xi1>
  %3 = graph.and %p, %p : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %4 = graph.xor %p, %p : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %5 = graph.less_or_equal %x, %x : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  %6 = graph.greater_or_equal %i, %i : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi1>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<4xf32>, tensor<4xf32>, tensor<4xi1>,
      tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>
}

// -----

// Signed integer Mod takes the divisor's sign: C's remainder, plus the
// divisor where the two signs differ. Divisors 0 and -1 become 1 first
// (giving 0), so the kernel never traps.
// CHECK-LABEL: func.func @mod_signed
// CHECK-DAG:     %[[M1:.*]] = arith.constant -1 : i32
// CHECK-DAG:     %[[ONE:.*]] = arith.constant 1 : i32
// CHECK-DAG:     %[[ZERO:.*]] = arith.constant 0 : i32
// CHECK:         ^bb0(%[[A:.*]]: i32, %[[B:.*]]: i32, %{{.*}}: i32):
// CHECK-NEXT:      %[[B0:.*]] = arith.cmpi eq, %[[B]], %[[ZERO]] : i32
// CHECK-NEXT:      %[[BM1:.*]] = arith.cmpi eq, %[[B]], %[[M1]] : i32
// CHECK-NEXT:      %[[TRIVIAL:.*]] = arith.ori %[[B0]], %[[BM1]] : i1
// CHECK-NEXT:      %[[D:.*]] = arith.select %[[TRIVIAL]], %[[ONE]], %[[B]] : i32
// CHECK-NEXT:      %[[R:.*]] = arith.remsi %[[A]], %[[D]] : i32
// CHECK-NEXT:      %[[RNEG:.*]] = arith.cmpi slt, %[[R]], %[[ZERO]] : i32
// CHECK-NEXT:      %[[BNEG:.*]] = arith.cmpi slt, %[[B]], %[[ZERO]] : i32
// CHECK-NEXT:      %[[DIFF:.*]] = arith.xori %[[RNEG]], %[[BNEG]] : i1
// CHECK-NEXT:      %[[NZ:.*]] = arith.cmpi ne, %[[R]], %[[ZERO]] : i32
// CHECK-NEXT:      %[[FIX:.*]] = arith.andi %[[DIFF]], %[[NZ]] : i1
// CHECK-NEXT:      %[[SUM:.*]] = arith.addi %[[R]], %[[B]] : i32
// CHECK-NEXT:      %[[OUT:.*]] = arith.select %[[FIX]], %[[SUM]], %[[R]] : i32
// CHECK-NEXT:      kernel.yield %[[OUT]] : i32
func.func @mod_signed(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi32> {
  %0 = graph.mod %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

// fmod, and unsigned Mod: the plain remainder.
// CHECK-LABEL: func.func @mod_remainder
// CHECK:         arith.remf %{{.*}}, %{{.*}} : f32
// CHECK:         arith.remsi %{{.*}}, %{{.*}} : i32
// CHECK:         %[[SA:.*]] = builtin.unrealized_conversion_cast %{{.*}} : ui8 to i8
// CHECK:         %[[SB:.*]] = builtin.unrealized_conversion_cast %{{.*}} : ui8 to i8
// CHECK:         arith.remui %[[SA]], %[[SB]] : i8
func.func @mod_remainder(%x: tensor<4xf32>, %i: tensor<4xi32>, %u: tensor<4xui8>)
    -> (tensor<4xf32>, tensor<4xi32>, tensor<4xui8>) {
  %0 = graph.mod %x, %x {fmod = true} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = graph.mod %i, %i {fmod = true} : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  %2 = graph.mod %u, %u : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  return %0, %1, %2 : tensor<4xf32>, tensor<4xi32>, tensor<4xui8>
}

// -----

// A shift by the bit width or more gives 0 (LLVM leaves it undefined).
// CHECK-LABEL: func.func @bit_shift
// CHECK-DAG:     %[[ZERO:.*]] = arith.constant 0 : i16
// CHECK-DAG:     %[[WIDTH:.*]] = arith.constant 16 : i16
// CHECK:         ^bb0(%[[A:.*]]: ui16, %[[N:.*]]: ui16, %{{.*}}: ui16):
// CHECK-NEXT:      %[[SA:.*]] = builtin.unrealized_conversion_cast %[[A]] : ui16 to i16
// CHECK-NEXT:      %[[SN:.*]] = builtin.unrealized_conversion_cast %[[N]] : ui16 to i16
// CHECK-NEXT:      %[[S:.*]] = arith.shli %[[SA]], %[[SN]] : i16
// CHECK-NEXT:      %[[FAR:.*]] = arith.cmpi uge, %[[SN]], %[[WIDTH]] : i16
// CHECK-NEXT:      %[[R:.*]] = arith.select %[[FAR]], %[[ZERO]], %[[S]] : i16
// CHECK-NEXT:      %[[U:.*]] = builtin.unrealized_conversion_cast %[[R]] : i16 to ui16
// CHECK-NEXT:      kernel.yield %[[U]] : ui16
// CHECK:         arith.shrui
func.func @bit_shift(%a: tensor<4xui16>, %n: tensor<4xui16>)
    -> (tensor<4xui16>, tensor<4xui16>) {
  %0 = graph.bit_shift %a, %n {direction = "LEFT"} : (tensor<4xui16>, tensor<4xui16>) -> tensor<4xui16>
  %1 = graph.bit_shift %a, %n {direction = "RIGHT"} : (tensor<4xui16>, tensor<4xui16>) -> tensor<4xui16>
  return %0, %1 : tensor<4xui16>, tensor<4xui16>
}

// -----

// The slope is read through its broadcast map.
// CHECK-DAG:   #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG:   #[[ROW:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @prelu
// CHECK:         %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK:         kernel.generic {{.*}} indexing_maps = [#[[ID]], #[[ROW]], #[[ID]]]
// CHECK-NEXT:    ^bb0(%[[X:.*]]: f32, %[[S:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:      %[[NEG:.*]] = arith.cmpf olt, %[[X]], %[[ZERO]] : f32
// CHECK-NEXT:      %[[M:.*]] = arith.mulf %[[X]], %[[S]] : f32
// CHECK-NEXT:      %[[R:.*]] = arith.select %[[NEG]], %[[M]], %[[X]] : f32
// CHECK-NEXT:      kernel.yield %[[R]] : f32
func.func @prelu(%x: tensor<2x3xf32>, %s: tensor<3xf32>) -> tensor<2x3xf32> {
  %0 = graph.prelu %x, %s : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Sign keeps x where it is neither > 0 nor < 0 (0, -0, NaN); an unsigned
// one is never negative.
// CHECK-LABEL: func.func @sign
// CHECK-DAG:     %[[M1:.*]] = arith.constant -1.000000e+00 : f32
// CHECK-DAG:     %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG:     %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK:         ^bb0(%[[X:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:      %[[POS:.*]] = arith.cmpf ogt, %[[X]], %[[ZERO]] : f32
// CHECK-NEXT:      %[[R:.*]] = arith.select %[[POS]], %[[ONE]], %[[X]] : f32
// CHECK-NEXT:      %[[NEG:.*]] = arith.cmpf olt, %[[X]], %[[ZERO]] : f32
// CHECK-NEXT:      %[[S:.*]] = arith.select %[[NEG]], %[[M1]], %[[R]] : f32
// CHECK-NEXT:      kernel.yield %[[S]] : f32
// CHECK:         ^bb0(%[[U:.*]]: ui8, %{{.*}}: ui8):
// CHECK:           arith.cmpi ugt
// CHECK-NOT:       arith.cmpi
// CHECK:           kernel.yield
func.func @sign(%x: tensor<4xf32>, %u: tensor<4xui8>) -> (tensor<4xf32>, tensor<4xui8>) {
  %0 = graph.sign %x : tensor<4xf32>
  %1 = graph.sign %u : tensor<4xui8>
  return %0, %1 : tensor<4xf32>, tensor<4xui8>
}

// -----

// IsInf: |x| == inf for both signs, x == -inf for the negative one only,
// false when neither is detected.
// CHECK-LABEL: func.func @is_inf
// CHECK:         %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK:         ^bb0(%[[X:.*]]: f32, %{{.*}}: i1):
// CHECK-NEXT:      %[[A:.*]] = math.absf %[[X]] : f32
// CHECK-NEXT:      %[[R:.*]] = arith.cmpf oeq, %[[A]], %[[INF]] : f32
// CHECK-NEXT:      kernel.yield %[[R]] : i1
// CHECK:         %[[NINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK:         ^bb0(%[[X:.*]]: f32, %{{.*}}: i1):
// CHECK-NEXT:      %[[R:.*]] = arith.cmpf oeq, %[[X]], %[[NINF]] : f32
// CHECK-NEXT:      kernel.yield %[[R]] : i1
// CHECK:         %[[FALSE:.*]] = arith.constant false
// CHECK:         ^bb0(%{{.*}}: f32, %{{.*}}: i1):
// CHECK-NEXT:      kernel.yield %[[FALSE]] : i1
func.func @is_inf(%x: tensor<4xf32>) -> (tensor<4xi1>, tensor<4xi1>, tensor<4xi1>) {
  %0 = graph.is_inf %x : (tensor<4xf32>) -> tensor<4xi1>
  %1 = graph.is_inf %x {detect_positive = false} : (tensor<4xf32>) -> tensor<4xi1>
  %2 = graph.is_inf %x {detect_negative = false, detect_positive = false} : (tensor<4xf32>) -> tensor<4xi1>
  return %0, %1, %2 : tensor<4xi1>, tensor<4xi1>, tensor<4xi1>
}

// -----

// Selu with alpha = 2, gamma = 3: x > 0 ? 3 * x : 6 * (exp(x) - 1).
// CHECK-LABEL: func.func @selu
// CHECK-DAG:     %[[GA:.*]] = arith.constant 6.000000e+00 : f32
// CHECK-DAG:     %[[G:.*]] = arith.constant 3.000000e+00 : f32
// CHECK-DAG:     %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG:     %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK:         ^bb0(%[[X:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:      %[[POS:.*]] = arith.cmpf ogt, %[[X]], %[[ZERO]] : f32
// CHECK-NEXT:      %[[E:.*]] = math.exp %[[X]] : f32
// CHECK-NEXT:      %[[EM1:.*]] = arith.subf %[[E]], %[[ONE]] : f32
// CHECK-NEXT:      %[[P:.*]] = arith.mulf %[[G]], %[[X]] : f32
// CHECK-NEXT:      %[[N:.*]] = arith.mulf %[[GA]], %[[EM1]] : f32
// CHECK-NEXT:      %[[R:.*]] = arith.select %[[POS]], %[[P]], %[[N]] : f32
// CHECK-NEXT:      kernel.yield %[[R]] : f32
func.func @selu(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = graph.selu %x {alpha = 2.0 : f32, gamma = 3.0 : f32} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Shrink with bias = 1.5, lambd = 2.
// CHECK-LABEL: func.func @shrink
// CHECK-DAG:     %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG:     %[[L:.*]] = arith.constant 2.000000e+00 : f32
// CHECK-DAG:     %[[NL:.*]] = arith.constant -2.000000e+00 : f32
// CHECK-DAG:     %[[B:.*]] = arith.constant 1.500000e+00 : f32
// CHECK:         ^bb0(%[[X:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:      %[[BELOW:.*]] = arith.cmpf olt, %[[X]], %[[NL]] : f32
// CHECK-NEXT:      %[[ABOVE:.*]] = arith.cmpf ogt, %[[X]], %[[L]] : f32
// CHECK-NEXT:      %[[SUB:.*]] = arith.subf %[[X]], %[[B]] : f32
// CHECK-NEXT:      %[[HI:.*]] = arith.select %[[ABOVE]], %[[SUB]], %[[ZERO]] : f32
// CHECK-NEXT:      %[[ADD:.*]] = arith.addf %[[X]], %[[B]] : f32
// CHECK-NEXT:      %[[R:.*]] = arith.select %[[BELOW]], %[[ADD]], %[[HI]] : f32
// CHECK-NEXT:      kernel.yield %[[R]] : f32
func.func @shrink(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = graph.shrink %x {bias = 1.5 : f32, lambd = 2.0 : f32} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Softplus as max(x, 0) + log1p(exp(-|x|)), which cannot overflow.
// CHECK-LABEL: func.func @softplus
// CHECK:         %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK:         ^bb0(%[[X:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:      %[[A:.*]] = math.absf %[[X]] : f32
// CHECK-NEXT:      %[[N:.*]] = arith.negf %[[A]] : f32
// CHECK-NEXT:      %[[E:.*]] = math.exp %[[N]] : f32
// CHECK-NEXT:      %[[M:.*]] = arith.maximumf %[[X]], %[[ZERO]] : f32
// CHECK-NEXT:      %[[L:.*]] = math.log1p %[[E]] : f32
// CHECK-NEXT:      %[[R:.*]] = arith.addf %[[M]], %[[L]] : f32
// CHECK-NEXT:      kernel.yield %[[R]] : f32
func.func @softplus(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = graph.softplus %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}
