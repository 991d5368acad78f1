func.func @map_symbols(%a: tensor<4xf32>, %c: tensor<4xf32>) -> tensor<4xf32> {
  %r = kernel.generic ins(%a : tensor<4xf32>) outs(%c : tensor<4xf32>)
      indexing_maps = [affine_map<(i)[s] -> (i + s)>, affine_map<(i) -> (i)>]
      iterator_types = [parallel] {
  ^bb0(%x: f32, %o: f32):
    kernel.yield %x : f32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}
