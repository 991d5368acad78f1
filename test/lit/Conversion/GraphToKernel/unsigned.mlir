// RUN: dlc-opt %s --convert-graph-to-kernel | FileCheck %s

// Unsigned tensors keep their types at the kernel level; arith works on
// signless integers, so the bodies do their arithmetic on the signless view
// of unsigned scalars (builtin.unrealized_conversion_cast between two types
// that lower to the same LLVM integer) with the unsigned variant of each op.

// CHECK-LABEL: func.func @div
// CHECK:         kernel.generic ins(%{{.*}}, %{{.*}} : tensor<4xui8>, tensor<4xui8>) outs(%{{.*}} : tensor<4xui8>)
// CHECK-NEXT:    ^bb0(%[[A:.*]]: ui8, %[[B:.*]]: ui8, %{{.*}}: ui8):
// CHECK-NEXT:      %[[SA:.*]] = builtin.unrealized_conversion_cast %[[A]] : ui8 to i8
// CHECK-NEXT:      %[[SB:.*]] = builtin.unrealized_conversion_cast %[[B]] : ui8 to i8
// CHECK-NEXT:      %[[Q:.*]] = arith.divui %[[SA]], %[[SB]] : i8
// CHECK-NEXT:      %[[R:.*]] = builtin.unrealized_conversion_cast %[[Q]] : i8 to ui8
// CHECK-NEXT:      kernel.yield %[[R]] : ui8
func.func @div(%a: tensor<4xui8>, %b: tensor<4xui8>) -> tensor<4xui8> {
  %0 = graph.div %a, %b : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// Chained ops do not stack casts: clip's max feeds its min signless.
// CHECK-LABEL: func.func @clip
// CHECK:         ^bb0(%[[X:.*]]: ui8, %[[LO:.*]]: ui8, %[[HI:.*]]: ui8, %{{.*}}: ui8):
// CHECK-NEXT:      %[[SX:.*]] = builtin.unrealized_conversion_cast %[[X]] : ui8 to i8
// CHECK-NEXT:      %[[SLO:.*]] = builtin.unrealized_conversion_cast %[[LO]] : ui8 to i8
// CHECK-NEXT:      %[[M:.*]] = arith.maxui %[[SX]], %[[SLO]] : i8
// CHECK-NEXT:      %[[SHI:.*]] = builtin.unrealized_conversion_cast %[[HI]] : ui8 to i8
// CHECK-NEXT:      %[[N:.*]] = arith.minui %[[M]], %[[SHI]] : i8
// CHECK-NEXT:      %[[R:.*]] = builtin.unrealized_conversion_cast %[[N]] : i8 to ui8
// CHECK-NEXT:      kernel.yield %[[R]] : ui8
func.func @clip(%x: tensor<4xui8>, %lo: tensor<ui8>, %hi: tensor<ui8>) -> tensor<4xui8> {
  %0 = graph.clip %x, min = %lo, max = %hi : (tensor<4xui8>, tensor<ui8>, tensor<ui8>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// CHECK-LABEL: func.func @less
// CHECK:           %[[SA:.*]] = builtin.unrealized_conversion_cast %{{.*}} : ui16 to i16
// CHECK:           %[[SB:.*]] = builtin.unrealized_conversion_cast %{{.*}} : ui16 to i16
// CHECK:           %[[C:.*]] = arith.cmpi ult, %[[SA]], %[[SB]] : i16
// CHECK:           kernel.yield %[[C]] : i1
func.func @less(%a: tensor<4xui16>, %b: tensor<4xui16>) -> tensor<4xi1> {
  %0 = graph.less %a, %b : (tensor<4xui16>, tensor<4xui16>) -> tensor<4xi1>
  return %0 : tensor<4xi1>
}

// Casts from unsigned zero-extend and convert as unsigned; casts to
// unsigned truncate or convert as unsigned.
// CHECK-LABEL: func.func @casts
// CHECK:           %[[S:.*]] = builtin.unrealized_conversion_cast %{{.*}} : ui32 to i32
// CHECK:           arith.uitofp %[[S]] : i32 to f32
// CHECK:           %[[S2:.*]] = builtin.unrealized_conversion_cast %{{.*}} : ui32 to i32
// CHECK:           arith.extui %[[S2]] : i32 to i64
// CHECK:           %[[S3:.*]] = builtin.unrealized_conversion_cast %{{.*}} : ui32 to i32
// CHECK:           %[[T:.*]] = arith.trunci %[[S3]] : i32 to i8
// CHECK:           builtin.unrealized_conversion_cast %[[T]] : i8 to ui8
// CHECK:           %[[F:.*]] = arith.fptoui %{{.*}} : f32 to i16
// CHECK:           builtin.unrealized_conversion_cast %[[F]] : i16 to ui16
func.func @casts(%a: tensor<4xui32>, %f: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xi64>, tensor<4xui8>, tensor<4xui16>) {
  %0 = graph.cast %a {to = f32} : (tensor<4xui32>) -> tensor<4xf32>
  %1 = graph.cast %a {to = i64} : (tensor<4xui32>) -> tensor<4xi64>
  %2 = graph.cast %a {to = ui8} : (tensor<4xui32>) -> tensor<4xui8>
  %3 = graph.cast %f {to = ui16} : (tensor<4xf32>) -> tensor<4xui16>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<4xi64>, tensor<4xui8>, tensor<4xui16>
}

// Unsigned constants are made signless and viewed as unsigned: the max
// reduction starts from 0 and compares unsigned.
// CHECK-LABEL: func.func @reduce_max
// CHECK:         %[[ZERO:.*]] = arith.constant 0 : i8
// CHECK:         kernel.generic outs(%{{.*}} : tensor<2x1xui8>)
// CHECK:           %[[Z:.*]] = builtin.unrealized_conversion_cast %[[ZERO]] : i8 to ui8
// CHECK:           kernel.yield %[[Z]] : ui8
// CHECK:         kernel.generic ins(%{{.*}} : tensor<2x4xui8>) outs(%{{.*}} : tensor<2x1xui8>)
// CHECK:           arith.maxui %{{.*}}, %{{.*}} : i8
func.func @reduce_max(%a: tensor<2x4xui8>) -> tensor<2x1xui8> {
  %0 = graph.reduce_max %a {axes = array<i64: 1>} : (tensor<2x4xui8>) -> tensor<2x1xui8>
  return %0 : tensor<2x1xui8>
}
