func.func @extent_mismatch(%a: tensor<4x8xf32>, %b: tensor<7xf32>, %c: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %r = kernel.generic ins(%a, %b : tensor<4x8xf32>, tensor<7xf32>) outs(%c : tensor<4x8xf32>)
      indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (j)>, affine_map<(i, j) -> (i, j)>]
      iterator_types = [parallel, parallel] {
  ^bb0(%x: f32, %y: f32, %o: f32):
    kernel.yield %x : f32
  } -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}
