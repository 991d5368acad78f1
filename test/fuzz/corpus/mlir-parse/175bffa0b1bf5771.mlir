func.func @layer_normalization_bias_shape(%x: tensor<2x4x8xf32>, %g: tensor<4x8xf32>, %b: tensor<2x8xf32>) -> tensor<2x4x8xf32> {
  %0 = graph.layer_normalization %x, %g, %b {axis = 1 : i64} : (tensor<2x4x8xf32>, tensor<4x8xf32>, tensor<2x8xf32>) -> tensor<2x4x8xf32>
  return %0 : tensor<2x4x8xf32>
}
