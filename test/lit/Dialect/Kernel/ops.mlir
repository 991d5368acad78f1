// RUN: dlc-opt %s | dlc-opt | FileCheck %s
// RUN: dlc-opt %s --mlir-print-op-generic | dlc-opt | FileCheck %s

// An elementwise add with a broadcast operand.
// CHECK-LABEL: func.func @elementwise
//  CHECK-SAME:   %[[A:.*]]: tensor<4x8xf32>, %[[B:.*]]: tensor<8xf32>, %[[C:.*]]: tensor<4x8xf32>
//       CHECK:   %[[R:.*]] = kernel.generic ins(%[[A]], %[[B]] : tensor<4x8xf32>, tensor<8xf32>) outs(%[[C]] : tensor<4x8xf32>)
//  CHECK-SAME:     indexing_maps = [#{{.*}}, #{{.*}}, #{{.*}}] iterator_types = [parallel, parallel] {
//       CHECK:   ^bb0(%[[X:.*]]: f32, %[[Y:.*]]: f32, %{{.*}}: f32):
//       CHECK:     %[[S:.*]] = arith.addf %[[X]], %[[Y]] : f32
//       CHECK:     kernel.yield %[[S]] : f32
//       CHECK:   } -> tensor<4x8xf32>
//       CHECK:   return %[[R]]
func.func @elementwise(%a: tensor<4x8xf32>, %b: tensor<8xf32>, %c: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %r = kernel.generic ins(%a, %b : tensor<4x8xf32>, tensor<8xf32>) outs(%c : tensor<4x8xf32>)
      indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (j)>, affine_map<(i, j) -> (i, j)>]
      iterator_types = [parallel, parallel] {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.addf %x, %y : f32
    kernel.yield %s : f32
  } -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

// A matmul: a contraction with one reduction loop.
// CHECK-LABEL: func.func @matmul
//       CHECK:   kernel.generic ins(%{{.*}}, %{{.*}} : tensor<4x8xf32>, tensor<8x16xf32>) outs(%{{.*}} : tensor<4x16xf32>)
//  CHECK-SAME:     iterator_types = [parallel, parallel, reduction]
//       CHECK:     arith.mulf
//       CHECK:     arith.addf
func.func @matmul(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>, %c: tensor<4x16xf32>) -> tensor<4x16xf32> {
  %r = kernel.generic ins(%a, %b : tensor<4x8xf32>, tensor<8x16xf32>) outs(%c : tensor<4x16xf32>)
      indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>]
      iterator_types = [parallel, parallel, reduction] {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    kernel.yield %s : f32
  } -> tensor<4x16xf32>
  return %r : tensor<4x16xf32>
}

// A 2-D convolution, stride 2, on an input that is already padded: the input
// is read at oh * 2 + kh. The largest index read is 7 * 2 + 2 = 16 < 17.
// CHECK-LABEL: func.func @conv2d
//       CHECK:   kernel.generic ins(%{{.*}}, %{{.*}} : tensor<1x3x17x17xf32>, tensor<8x3x3x3xf32>) outs(%{{.*}} : tensor<1x8x8x8xf32>)
//  CHECK-SAME:     iterator_types = [parallel, parallel, parallel, parallel, reduction, reduction, reduction]
func.func @conv2d(%x: tensor<1x3x17x17xf32>, %w: tensor<8x3x3x3xf32>, %o: tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32> {
  %r = kernel.generic ins(%x, %w : tensor<1x3x17x17xf32>, tensor<8x3x3x3xf32>) outs(%o : tensor<1x8x8x8xf32>)
      indexing_maps = [
        affine_map<(n, f, oh, ow, c, kh, kw) -> (n, c, oh * 2 + kh, ow * 2 + kw)>,
        affine_map<(n, f, oh, ow, c, kh, kw) -> (f, c, kh, kw)>,
        affine_map<(n, f, oh, ow, c, kh, kw) -> (n, f, oh, ow)>]
      iterator_types = [parallel, parallel, parallel, parallel, reduction, reduction, reduction] {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    kernel.yield %s : f32
  } -> tensor<1x8x8x8xf32>
  return %r : tensor<1x8x8x8xf32>
}

// A row-wise max reduction into a rank-1 output, and an iota via kernel.index.
// CHECK-LABEL: func.func @reduce_and_index
//       CHECK:   iterator_types = [parallel, reduction]
//       CHECK:     arith.maximumf
//       CHECK:   kernel.generic outs(%{{.*}} : tensor<16xi64>)
//       CHECK:     %[[I:.*]] = kernel.index 0 : index
//       CHECK:     arith.index_cast %[[I]] : index to i64
func.func @reduce_and_index(%x: tensor<16x32xf32>, %init: tensor<16xf32>, %iota: tensor<16xi64>) -> (tensor<16xf32>, tensor<16xi64>) {
  %m = kernel.generic ins(%x : tensor<16x32xf32>) outs(%init : tensor<16xf32>)
      indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>]
      iterator_types = [parallel, reduction] {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %acc, %a : f32
    kernel.yield %r : f32
  } -> tensor<16xf32>
  %i = kernel.generic outs(%iota : tensor<16xi64>)
      indexing_maps = [affine_map<(i) -> (i)>] iterator_types = [parallel] {
  ^bb0(%o: i64):
    %idx = kernel.index 0 : index
    %v = arith.index_cast %idx : index to i64
    kernel.yield %v : i64
  } -> tensor<16xi64>
  return %m, %i : tensor<16xf32>, tensor<16xi64>
}

// A fused kernel: matmul + bias + relu with a schedule on the matmul's loops.
// CHECK-LABEL: func.func @fused
//       CHECK:   %[[F:.*]] = kernel.fused ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<64x32xf32>, tensor<32x64xf32>, tensor<64xf32>) outs(%{{.*}} : tensor<64x64xf32>)
//  CHECK-SAME:     schedule = #kernel.schedule<tiles = {{\[}}[32, 32, 32], [8, 16, 1]], order = [1, 0, 2], vector = 16, unroll = 2, parallel = [0]> {
//       CHECK:   ^bb0(%[[A:.*]]: tensor<64x32xf32>, %[[B:.*]]: tensor<32x64xf32>, %[[BIAS:.*]]: tensor<64xf32>, %[[O:.*]]: tensor<64x64xf32>):
//       CHECK:     %[[MM:.*]] = kernel.generic ins(%[[A]], %[[B]] :
//       CHECK:     %[[EPI:.*]] = kernel.generic ins(%[[MM]], %[[BIAS]] :
//       CHECK:     kernel.yield %[[EPI]] : tensor<64x64xf32>
//       CHECK:   } -> tensor<64x64xf32>
func.func @fused(%a: tensor<64x32xf32>, %b: tensor<32x64xf32>, %bias: tensor<64xf32>, %out: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %r = kernel.fused ins(%a, %b, %bias : tensor<64x32xf32>, tensor<32x64xf32>, tensor<64xf32>) outs(%out : tensor<64x64xf32>)
      schedule = #kernel.schedule<parallel = [0], unroll = 2, vector = 16, order = [1, 0, 2], tiles = [[32, 32, 32], [8, 16, 1]]> {
  ^bb0(%x: tensor<64x32xf32>, %y: tensor<32x64xf32>, %z: tensor<64xf32>, %o: tensor<64x64xf32>):
    %mm = kernel.generic ins(%x, %y : tensor<64x32xf32>, tensor<32x64xf32>) outs(%o : tensor<64x64xf32>)
        indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>]
        iterator_types = [parallel, parallel, reduction] {
    ^bb0(%p: f32, %q: f32, %acc: f32):
      %t = arith.mulf %p, %q : f32
      %s = arith.addf %acc, %t : f32
      kernel.yield %s : f32
    } -> tensor<64x64xf32>
    %epi = kernel.generic ins(%mm, %z : tensor<64x64xf32>, tensor<64xf32>) outs(%o : tensor<64x64xf32>)
        indexing_maps = [affine_map<(m, n) -> (m, n)>, affine_map<(m, n) -> (n)>, affine_map<(m, n) -> (m, n)>]
        iterator_types = [parallel, parallel] {
    ^bb0(%p: f32, %q: f32, %unused: f32):
      %s = arith.addf %p, %q : f32
      %zero = arith.constant 0.0 : f32
      %relu = arith.maximumf %s, %zero : f32
      kernel.yield %relu : f32
    } -> tensor<64x64xf32>
    kernel.yield %epi : tensor<64x64xf32>
  } -> tensor<64x64xf32>
  return %r : tensor<64x64xf32>
}

// A fused kernel without a schedule (before scheduling has run).
// CHECK-LABEL: func.func @unscheduled
//       CHECK:   kernel.fused outs(%{{.*}} : tensor<8xf32>) {
func.func @unscheduled(%o: tensor<8xf32>) -> tensor<8xf32> {
  %r = kernel.fused outs(%o : tensor<8xf32>) {
  ^bb0(%x: tensor<8xf32>):
    kernel.yield %x : tensor<8xf32>
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}
