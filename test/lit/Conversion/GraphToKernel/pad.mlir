// RUN: dlc-opt %s --convert-graph-to-kernel | FileCheck %s

// graph.pad is one generic over the padded shape that reads the input at an
// index computed from kernel.index. Constant pads fold into that arithmetic.

// Constant mode with a value; dim 0 pads [1, 1], dim 1 crops 1 at the begin
// and pads 2 at the end: the read index is o - 1 resp. o + 1, and elements
// outside the input select the value.
// CHECK-LABEL: func.func @pad_constant
// CHECK-DAG:     %[[C1:.*]] = arith.constant 1 : index
// CHECK-DAG:     %[[C2:.*]] = arith.constant 2 : index
// CHECK-DAG:     %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG:     %[[V:.*]] = arith.constant 1.500000e+00 : f32
// CHECK:         kernel.generic outs(%{{.*}} : tensor<4x4xf32>)
// CHECK:           %[[O0:.*]] = kernel.index 0 : index
// CHECK:           %[[J0:.*]] = arith.subi %[[O0]], %[[C1]] : index
// CHECK:           %[[GE0:.*]] = arith.cmpi sge, %[[J0]], %[[C0]] : index
// CHECK:           %[[LT0:.*]] = arith.cmpi slt, %[[J0]], %[[C2]] : index
// CHECK:           %[[IN0:.*]] = arith.andi %[[GE0]], %[[LT0]] : i1
// CHECK:           %[[O1:.*]] = kernel.index 1 : index
// CHECK:           %[[IN1:.*]] = arith.andi
// CHECK:           %[[IN:.*]] = arith.andi %[[IN0]], %[[IN1]] : i1
// CHECK:           %[[J1:.*]] = arith.addi %{{.*}}, %[[C1]] : index
// CHECK:           %[[X:.*]] = tensor.extract %{{.*}}[%{{.*}}, %{{.*}}] : tensor<2x3xf32>
// CHECK:           %[[R:.*]] = arith.select %[[IN]], %[[X]], %[[V]] : f32
// CHECK:           kernel.yield %[[R]] : f32
func.func @pad_constant(%x: tensor<2x3xf32>) -> tensor<4x4xf32> {
  %p = graph.constant dense<[1, -1, 1, 2]> : tensor<4xi64>
  %v = graph.constant dense<1.5> : tensor<f32>
  %0 = graph.pad %x, %p, value = %v : (tensor<2x3xf32>, tensor<4xi64>, tensor<f32>) -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// Reflect: j = o - 2 folded into [0, 2 * (3 - 1)) and mirrored at 3. The
// unpadded dim 0 reads its own index.
// CHECK-LABEL: func.func @pad_reflect
// CHECK-DAG:     %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG:     %[[C2:.*]] = arith.constant 2 : index
// CHECK-DAG:     %[[C3:.*]] = arith.constant 3 : index
// CHECK-DAG:     %[[C4:.*]] = arith.constant 4 : index
// CHECK:         kernel.generic outs(%{{.*}} : tensor<2x7xf32>)
// CHECK:           %[[O0:.*]] = kernel.index 0 : index
// CHECK:           %[[O1:.*]] = kernel.index 1 : index
// CHECK:           %[[J:.*]] = arith.subi %[[O1]], %[[C2]] : index
// CHECK:           %[[REM:.*]] = arith.remsi %[[J]], %[[C4]] : index
// CHECK:           %[[NEG:.*]] = arith.cmpi slt, %[[REM]], %[[C0]] : index
// CHECK:           %[[UP:.*]] = arith.addi %[[REM]], %[[C4]] : index
// CHECK:           %[[MOD:.*]] = arith.select %[[NEG]], %[[UP]], %[[REM]] : index
// CHECK:           %[[LOW:.*]] = arith.cmpi slt, %[[MOD]], %[[C3]] : index
// CHECK:           %[[MIRROR:.*]] = arith.subi %[[C4]], %[[MOD]] : index
// CHECK:           %[[I:.*]] = arith.select %[[LOW]], %[[MOD]], %[[MIRROR]] : index
// CHECK:           tensor.extract %{{.*}}[%[[O0]], %[[I]]] : tensor<2x3xf32>
func.func @pad_reflect(%x: tensor<2x3xf32>) -> tensor<2x7xf32> {
  %p = graph.constant dense<[0, 2, 0, 2]> : tensor<4xi64>
  %0 = graph.pad %x, %p {mode = "reflect"} : (tensor<2x3xf32>, tensor<4xi64>) -> tensor<2x7xf32>
  return %0 : tensor<2x7xf32>
}

// Wrap: (o - 2) mod 3.
// CHECK-LABEL: func.func @pad_wrap
// CHECK-DAG:     %[[C2:.*]] = arith.constant 2 : index
// CHECK-DAG:     %[[C3:.*]] = arith.constant 3 : index
// CHECK:           %[[O:.*]] = kernel.index 0 : index
// CHECK:           %[[J:.*]] = arith.subi %[[O]], %[[C2]] : index
// CHECK:           %[[REM:.*]] = arith.remsi %[[J]], %[[C3]] : index
// CHECK:           %[[MOD:.*]] = arith.select %{{.*}}, %{{.*}}, %[[REM]] : index
// CHECK:           tensor.extract %{{.*}}[%[[MOD]]] : tensor<3xf32>
func.func @pad_wrap(%x: tensor<3xf32>) -> tensor<6xf32> {
  %p = graph.constant dense<[2, 1]> : tensor<2xi64>
  %0 = graph.pad %x, %p {mode = "wrap"} : (tensor<3xf32>, tensor<2xi64>) -> tensor<6xf32>
  return %0 : tensor<6xf32>
}

// Edge on unsigned data: the read index is clamped into the input.
// CHECK-LABEL: func.func @pad_edge_ui8
// CHECK-DAG:     %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG:     %[[C1:.*]] = arith.constant 1 : index
// CHECK-DAG:     %[[C2:.*]] = arith.constant 2 : index
// CHECK:         kernel.generic outs(%{{.*}} : tensor<5xui8>)
// CHECK:           %[[O:.*]] = kernel.index 0 : index
// CHECK:           %[[J:.*]] = arith.subi %[[O]], %[[C1]] : index
// CHECK:           %[[LO:.*]] = arith.maxsi %[[J]], %[[C0]] : index
// CHECK:           %[[I:.*]] = arith.minsi %[[LO]], %[[C2]] : index
// CHECK:           %[[X:.*]] = tensor.extract %{{.*}}[%[[I]]] : tensor<3xui8>
// CHECK:           kernel.yield %[[X]] : ui8
func.func @pad_edge_ui8(%x: tensor<3xui8>) -> tensor<5xui8> {
  %p = graph.constant dense<[1, 1]> : tensor<2xi64>
  %0 = graph.pad %x, %p {mode = "edge"} : (tensor<3xui8>, tensor<2xi64>) -> tensor<5xui8>
  return %0 : tensor<5xui8>
}

// Constant axes (-1 is dim 1) pick the dims that the pads apply to; the
// value defaults to 0.
// CHECK-LABEL: func.func @pad_axes
// CHECK-DAG:     %[[C1:.*]] = arith.constant 1 : index
// CHECK-DAG:     %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK:           %[[O0:.*]] = kernel.index 0 : index
// CHECK:           %[[O1:.*]] = kernel.index 1 : index
// CHECK:           arith.subi %[[O1]], %[[C1]] : index
// CHECK:           %[[X:.*]] = tensor.extract %{{.*}}[%[[O0]], %{{.*}}] : tensor<2x3xf32>
// CHECK:           arith.select %{{.*}}, %[[X]], %[[ZERO]] : f32
func.func @pad_axes(%x: tensor<2x3xf32>) -> tensor<2x6xf32> {
  %p = graph.constant dense<[1, 2]> : tensor<2xi64>
  %a = graph.constant dense<[-1]> : tensor<1xi64>
  %0 = graph.pad %x, %p, axes = %a : (tensor<2x3xf32>, tensor<2xi64>, tensor<1xi64>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// Pads, axes and value that are not constants become inputs of the kernel
// and are read in its body; each dim takes the pads of the axis entry that
// names it (negative axes wrapped), and the read index is clamped.
// CHECK-LABEL: func.func @pad_runtime
// CHECK-SAME:    (%[[X:.*]]: tensor<2x3xf32>, %[[P:.*]]: tensor<2xi64>, %[[A:.*]]: tensor<1xi32>, %[[V:.*]]: tensor<f32>)
// CHECK:         kernel.fused ins(%[[X]], %[[P]], %[[A]], %[[V]] : tensor<2x3xf32>, tensor<2xi64>, tensor<1xi32>, tensor<f32>)
// CHECK-NEXT:    ^bb0(%[[BX:.*]]: tensor<2x3xf32>, %[[BP:.*]]: tensor<2xi64>, %[[BA:.*]]: tensor<1xi32>, %[[BV:.*]]: tensor<f32>, %{{.*}}: tensor<2x6xf32>):
// CHECK:           %[[PV:.*]] = tensor.extract %[[BV]][] : tensor<f32>
// CHECK:           %[[O0:.*]] = kernel.index 0 : index
// CHECK:           %[[AX:.*]] = tensor.extract %[[BA]][%{{.*}}] : tensor<1xi32>
// CHECK:           %[[AXI:.*]] = arith.index_cast %[[AX]] : i32 to index
// CHECK:           %[[IS0:.*]] = arith.cmpi eq, %{{.*}}, %{{.*}} : index
// CHECK:           %[[PB:.*]] = tensor.extract %[[BP]][%{{.*}}] : tensor<2xi64>
// CHECK:           %[[PBI:.*]] = arith.index_cast %[[PB]] : i64 to index
// CHECK:           arith.select %[[IS0]], %[[PBI]], %{{.*}} : index
// CHECK:           %[[O1:.*]] = kernel.index 1 : index
// CHECK:           %[[R:.*]] = tensor.extract %[[BX]][%{{.*}}, %{{.*}}] : tensor<2x3xf32>
// CHECK:           arith.select %{{.*}}, %[[R]], %[[PV]] : f32
func.func @pad_runtime(%x: tensor<2x3xf32>, %p: tensor<2xi64>, %a: tensor<1xi32>, %v: tensor<f32>) -> tensor<2x6xf32> {
  %0 = graph.pad %x, %p, value = %v, axes = %a : (tensor<2x3xf32>, tensor<2xi64>, tensor<f32>, tensor<1xi32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}
