func.func @unbounded_loop(%a: tensor<8xf32>, %c: tensor<8xf32>) -> tensor<8xf32> {
  %r = kernel.generic ins(%a : tensor<8xf32>) outs(%c : tensor<8xf32>)
      indexing_maps = [affine_map<(i, k) -> (i + k)>, affine_map<(i, k) -> (i)>]
      iterator_types = [parallel, reduction] {
  ^bb0(%x: f32, %o: f32):
    kernel.yield %x : f32
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}
