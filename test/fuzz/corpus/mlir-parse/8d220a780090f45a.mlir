func.func @yield_type(%a: tensor<4xi32>, %c: tensor<4xf32>) -> tensor<4xf32> {
  %r = kernel.generic ins(%a : tensor<4xi32>) outs(%c : tensor<4xf32>)
      indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>]
      iterator_types = [parallel] {
  ^bb0(%x: i32, %o: f32):
    kernel.yield %x : i32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}
