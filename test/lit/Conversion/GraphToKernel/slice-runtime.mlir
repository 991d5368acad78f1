// RUN: dlc-opt %s --convert-graph-to-kernel | FileCheck %s

// graph.slice whose starts, axes or steps are not constants (the result
// shape being static): the body computes each read index as start + o *
// step, with start read from the operand, wrapped when negative and clamped
// as ONNX says; the index is clamped into the input.

// Runtime starts, constant axes [0] and steps [-2] on a dim of 10: start
// wraps by 10 and clamps into [0, 9] (negative step).
// CHECK-LABEL: func.func @runtime_starts
// CHECK-SAME:    (%[[X:.*]]: tensor<10x6xf32>, %[[ST:.*]]: tensor<1xi64>, %{{.*}}: tensor<1xi64>)
// CHECK:         kernel.fused ins(%[[X]], %[[ST]] : tensor<10x6xf32>, tensor<1xi64>)
// CHECK-NEXT:    ^bb0(%[[BX:.*]]: tensor<10x6xf32>, %[[BST:.*]]: tensor<1xi64>, %{{.*}}: tensor<3x6xf32>):
// CHECK-DAG:       %[[C9:.*]] = arith.constant 9 : index
// CHECK-DAG:       %[[CM2:.*]] = arith.constant -2 : index
// CHECK-DAG:       %[[C10:.*]] = arith.constant 10 : index
// CHECK-DAG:       %[[C0:.*]] = arith.constant 0 : index
// CHECK:             %[[O0:.*]] = kernel.index 0 : index
// CHECK:             %[[S:.*]] = tensor.extract %[[BST]][%[[C0]]] : tensor<1xi64>
// CHECK:             %[[SI:.*]] = arith.index_cast %[[S]] : i64 to index
// CHECK:             %[[NEG:.*]] = arith.cmpi slt, %[[SI]], %[[C0]] : index
// CHECK:             %[[UP:.*]] = arith.addi %[[SI]], %[[C10]] : index
// CHECK:             %[[W:.*]] = arith.select %[[NEG]], %[[UP]], %[[SI]] : index
// CHECK:             %[[LO:.*]] = arith.maxsi %[[W]], %[[C0]] : index
// CHECK:             %[[START:.*]] = arith.minsi %[[LO]], %[[C9]] : index
// CHECK:             %[[OFF:.*]] = arith.muli %[[O0]], %[[CM2]] : index
// CHECK:             %[[I:.*]] = arith.addi %[[START]], %[[OFF]] : index
// CHECK:             %[[ILO:.*]] = arith.maxsi %[[I]], %[[C0]] : index
// CHECK:             %[[I0:.*]] = arith.minsi %[[ILO]], %[[C9]] : index
// CHECK:             %[[O1:.*]] = kernel.index 1 : index
// CHECK:             %[[V:.*]] = tensor.extract %[[BX]][%[[I0]], %[[O1]]] : tensor<10x6xf32>
// CHECK:             kernel.yield %[[V]] : f32
func.func @runtime_starts(%x: tensor<10x6xf32>, %st: tensor<1xi64>, %e: tensor<1xi64>) -> tensor<3x6xf32> {
  %a = graph.constant dense<[0]> : tensor<1xi64>
  %s = graph.constant dense<[-2]> : tensor<1xi64>
  %0 = graph.slice %x, %st, %e, axes = %a, steps = %s : (tensor<10x6xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<3x6xf32>
  return %0 : tensor<3x6xf32>
}

// Runtime axes and steps: every dim selects the start and step of the entry
// whose (wrapped) axis names it, defaulting to 0 and 1; the clamp of the
// start (into [0, 4] or [0, 3] for dim 0 of size 4) depends on the sign of
// the step.
// CHECK-LABEL: func.func @runtime_axes_steps
// CHECK:         kernel.fused ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<4x5xf32>, tensor<1xi32>, tensor<1xi32>)
// CHECK-NEXT:    ^bb0(%[[BX:.*]]: tensor<4x5xf32>, %[[BSTEP:.*]]: tensor<1xi32>, %[[BAX:.*]]: tensor<1xi32>, %{{.*}}: tensor<4x2xf32>):
// CHECK-DAG:       %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG:       %[[C1:.*]] = arith.constant 1 : index
// CHECK-DAG:       %[[C3:.*]] = arith.constant 3 : index
// CHECK-DAG:       %[[C4:.*]] = arith.constant 4 : index
// CHECK:             %[[O0:.*]] = kernel.index 0 : index
// CHECK:             tensor.extract %[[BAX]]
// CHECK:             %[[START:.*]] = arith.select %{{.*}}, %[[C1]], %[[C0]] : index
// CHECK:             tensor.extract %[[BSTEP]]
// CHECK:             %[[STEP:.*]] = arith.select %{{.*}}, %{{.*}}, %[[C1]] : index
// CHECK:             %[[FWD:.*]] = arith.cmpi sgt, %[[STEP]], %[[C0]] : index
// CHECK:             arith.select %[[FWD]], %[[C4]], %[[C3]] : index
// CHECK:             arith.muli %[[O0]], %[[STEP]] : index
// CHECK:             kernel.index 1 : index
// CHECK:             tensor.extract %[[BX]]
func.func @runtime_axes_steps(%x: tensor<4x5xf32>, %step: tensor<1xi32>, %axes: tensor<1xi32>) -> tensor<4x2xf32> {
  %st = graph.constant dense<[1]> : tensor<1xi32>
  %e = graph.constant dense<[5]> : tensor<1xi32>
  %0 = graph.slice %x, %st, %e, axes = %axes, steps = %step : (tensor<4x5xf32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}
