// RUN: dlc-opt %s -dlc-cpu-approximate-math | FileCheck %s

// dlc-cpu-approximate-math: float32 erf, exp and tanh become polynomial
// approximations (arith ops, math.fma, math.floor, math.absf: instructions,
// which LLVM vectorizes with the loop around them); other functions and other float types keep their math op (a libm
// call later).

// CHECK-LABEL: func.func @f32_activations(
//   CHECK-NOT:   math.erf
//   CHECK-NOT:   math.exp
//   CHECK-NOT:   math.tanh
//       CHECK:   math.fma
//       CHECK:   return
func.func @f32_activations(%x: f32) -> (f32, f32, f32) {
  %e = math.erf %x : f32
  %x2 = math.exp %x : f32
  %t = math.tanh %x : f32
  return %e, %x2, %t : f32, f32, f32
}

// CHECK-LABEL: func.func @kept(
//       CHECK:   math.erf %{{.*}} : f64
//       CHECK:   math.sin %{{.*}} : f32
//       CHECK:   math.log %{{.*}} : f32
func.func @kept(%x: f64, %y: f32) -> (f64, f32, f32) {
  %e = math.erf %x : f64
  %s = math.sin %y : f32
  %l = math.log %y : f32
  return %e, %s, %l : f64, f32, f32
}
