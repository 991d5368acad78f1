// RUN: dlc-opt %s --dlc-graph-to-kernel --convert-kernel-to-affine | FileCheck %s
// RUN: dlc-opt %s --dlc-graph-to-kernel --convert-kernel-to-affine --dlc-lower-to-llvm | FileCheck %s --check-prefix=OMP

// A parallel loop whose tasks each run at least 4M iterations of the
// kernel's loops is marked to be handed out to threads as they ask (OpenMP's
// guided schedule): 32x4096x1024 in 8 tasks of 512 columns is 16M per task.
// 32x1024x256 in 2 tasks (4M each, but a split of two gains nothing) keeps
// the even split.
// CHECK-LABEL: func.func @long_tasks(
//       CHECK:   affine.parallel (%{{.*}}) = (0) to (4096) step (512) {
//       CHECK:   } {dlc.guided}
// CHECK-LABEL: func.func @two_tasks(
//       CHECK:   affine.parallel (%{{.*}}) = (0) to (1024) step (512) {
//   CHECK-NOT:   dlc.guided
//       CHECK:   return

// The CPU lowering carries the mark to the omp.wsloop the loop becomes.
// OMP-LABEL: llvm.func @long_tasks(
//       OMP:   omp.wsloop schedule(guided) {
// OMP-LABEL: llvm.func @two_tasks(
//       OMP:   omp.wsloop {
//   OMP-NOT:   dlc.guided
func.func @long_tasks(%x: tensor<32x1024xf32>, %w: tensor<1024x4096xf32>) -> tensor<32x4096xf32> {
  %0 = graph.matmul %x, %w : (tensor<32x1024xf32>, tensor<1024x4096xf32>) -> tensor<32x4096xf32>
  return %0 : tensor<32x4096xf32>
}

func.func @two_tasks(%x: tensor<32x256xf32>, %w: tensor<256x1024xf32>) -> tensor<32x1024xf32> {
  %0 = graph.matmul %x, %w : (tensor<32x256xf32>, tensor<256x1024xf32>) -> tensor<32x1024xf32>
  return %0 : tensor<32x1024xf32>
}
