func.func @output_map(%a: tensor<8xf32>, %c: tensor<8xf32>) -> tensor<8xf32> {
  %r = kernel.generic ins(%a : tensor<8xf32>) outs(%c : tensor<8xf32>)
      indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i floordiv 2)>]
      iterator_types = [parallel] {
  ^bb0(%x: f32, %o: f32):
    kernel.yield %x : f32
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}
