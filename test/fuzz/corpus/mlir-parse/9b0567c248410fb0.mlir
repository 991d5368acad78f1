func.func @bad_iterator(%c: tensor<4xf32>) -> tensor<4xf32> {
  %r = kernel.generic outs(%c : tensor<4xf32>)
      indexing_maps = [affine_map<(i) -> (i)>] iterator_types = [serial] {
  ^bb0(%o: f32):
    kernel.yield %o : f32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}
