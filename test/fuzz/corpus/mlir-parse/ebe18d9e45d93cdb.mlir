func.func @conv_transpose_bias_size(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>, %b: tensor<16xf32>) -> tensor<1x8x9x9xf32> {
  %0 = graph.conv_transpose %x, %w, %b : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>, tensor<16xf32>) -> tensor<1x8x9x9xf32>
  return %0 : tensor<1x8x9x9xf32>
}
