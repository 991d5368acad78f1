func.func @body_arg_type(%a: tensor<4xf32>, %c: tensor<4xf32>) -> tensor<4xf32> {
  %r = kernel.generic ins(%a : tensor<4xf32>) outs(%c : tensor<4xf32>)
      indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>]
      iterator_types = [parallel] {
  ^bb0(%x: f16, %o: f32):
    kernel.yield %o : f32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}
