func.func @no_outputs(%a: tensor<4xf32>) {
  "kernel.generic"(%a) <{indexing_maps = [affine_map<(i) -> (i)>], iterator_types = [#kernel<iterator parallel>], operandSegmentSizes = array<i32: 1, 0>}> ({
  ^bb0(%x: f32):
    kernel.yield
  }) : (tensor<4xf32>) -> ()
  return
}
