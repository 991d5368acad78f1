#id2 = affine_map<(i, j) -> (i, j)>

func.func @map_count(%a: tensor<4x8xf32>, %c: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %r = kernel.generic ins(%a : tensor<4x8xf32>) outs(%c : tensor<4x8xf32>)
      indexing_maps = [#id2] iterator_types = [parallel, parallel] {
  ^bb0(%x: f32, %o: f32):
    kernel.yield %x : f32
  } -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}
