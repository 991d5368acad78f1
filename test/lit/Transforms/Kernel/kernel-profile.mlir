// RUN: dlc-opt %s --convert-graph-to-kernel --kernel-profile | FileCheck %s

// kernel-profile (dlc-compile --profile) numbers the kernels in order and
// brackets kernel K with dlc_profile_begin(K) / dlc_profile_end(K); the
// module records each kernel's name (its ONNX nodes, "kernel K" when no
// node names it) for the library's profile description.
// CHECK:       module attributes {dlc.profile_kernels = ["'mm_0' (MatMul)", "'relu_0' (Relu)", "kernel 2"]}
// CHECK-DAG:   func.func private @dlc_profile_begin(i32)
// CHECK-DAG:   func.func private @dlc_profile_end(i32)
// CHECK-LABEL: func.func @main(
// CHECK:         %[[K0:.*]] = arith.constant 0 : i32
// CHECK-NEXT:    call @dlc_profile_begin(%[[K0]]) : (i32) -> ()
// CHECK-NEXT:    %[[MM:.*]] = kernel.fused ins(%arg0, %arg1
// CHECK:         call @dlc_profile_end(%[[K0]]) : (i32) -> ()
// CHECK-NEXT:    %[[K1:.*]] = arith.constant 1 : i32
// CHECK-NEXT:    call @dlc_profile_begin(%[[K1]]) : (i32) -> ()
// CHECK-NEXT:    %[[RELU:.*]] = kernel.fused ins(%[[MM]]
// CHECK:         call @dlc_profile_end(%[[K1]]) : (i32) -> ()
// CHECK-NEXT:    %[[K2:.*]] = arith.constant 2 : i32
// CHECK-NEXT:    call @dlc_profile_begin(%[[K2]]) : (i32) -> ()
// CHECK-NEXT:    %[[EXP:.*]] = kernel.fused ins(%[[RELU]]
// CHECK:         math.exp
// CHECK:         call @dlc_profile_end(%[[K2]]) : (i32) -> ()
// CHECK-NEXT:    return %[[EXP]]
func.func @main(%x: tensor<4x8xf32>, %w: tensor<8x8xf32>) -> tensor<4x8xf32> {
  %0 = graph.matmul %x, %w : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32> loc(fused<"MatMul">["mm_0"])
  %1 = graph.relu %0 : tensor<4x8xf32> loc(fused<"Relu">["relu_0"])
  %2 = graph.exp %1 : tensor<4x8xf32> loc(unknown)
  return %2 : tensor<4x8xf32>
}
