func.func @window_out_of_bounds(%x: tensor<16xf32>, %w: tensor<3xf32>, %o: tensor<8xf32>) -> tensor<8xf32> {
  %r = kernel.generic ins(%x, %w : tensor<16xf32>, tensor<3xf32>) outs(%o : tensor<8xf32>)
      indexing_maps = [affine_map<(i, k) -> (i * 2 + k)>, affine_map<(i, k) -> (k)>, affine_map<(i, k) -> (i)>]
      iterator_types = [parallel, reduction] {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    kernel.yield %a : f32
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}
