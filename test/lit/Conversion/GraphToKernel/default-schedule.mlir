// RUN: dlc-opt %s --convert-graph-to-kernel -split-input-file | FileCheck %s

// The default schedule of a contraction: the first parallel loop with more
// than one iteration runs across threads; the reduction loop goes inside the
// parallel loops but outside the loop along the output's last dim (loops are
// numbered m = 0, n = 1, k = 2, so the order is m, k, n); a small one needs no
// cache blocking.
// CHECK-LABEL: func.func @small_matmul
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<order = [0, 2, 1], parallel = [0]>
func.func @small_matmul(%a: tensor<64x32xf32>, %b: tensor<32x48xf32>) -> tensor<64x48xf32> {
  %0 = graph.matmul %a, %b : (tensor<64x32xf32>, tensor<32x48xf32>) -> tensor<64x48xf32>
  return %0 : tensor<64x48xf32>
}

// -----

// A large one is blocked for L2: k by 256 and n by 512; m stays untiled.
// CHECK-LABEL: func.func @large_matmul
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[0, 512, 256]], order = [0, 2, 1], parallel = [0]>
func.func @large_matmul(%a: tensor<1024x1024xf32>, %b: tensor<1024x1024xf32>) -> tensor<1024x1024xf32> {
  %0 = graph.matmul %a, %b : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
  return %0 : tensor<1024x1024xf32>
}

// -----

// A conv's loops are (n, f, oh, ow, c, kh, kw): with batch 1 the output
// channels run in parallel, and the reductions c, kh, kw go before ow.
// CHECK-LABEL: func.func @conv
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<order = [0, 1, 2, 4, 5, 6, 3], parallel = [1]>
func.func @conv(%x: tensor<1x8x16x16xf32>, %w: tensor<16x8x3x3xf32>) -> tensor<1x16x14x14xf32> {
  %0 = graph.conv %x, %w : (tensor<1x8x16x16xf32>, tensor<16x8x3x3xf32>) -> tensor<1x16x14x14xf32>
  return %0 : tensor<1x16x14x14xf32>
}

// -----

// Elementwise kernels keep their natural order.
// CHECK-LABEL: func.func @relu
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<parallel = [0]>
func.func @relu(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = graph.relu %x : tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}
