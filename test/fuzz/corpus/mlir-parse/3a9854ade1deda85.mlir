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

func.func @unscheduled(%o: tensor<8xf32>) -> tensor<8xf32> {
  %r = kernel.fused outs(%o : tensor<8xf32>) {
  ^bb0(%x: tensor<8xf32>):
    kernel.yield %x : tensor<8xf32>
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}
