func.func @conv_transpose_zero_size_weight(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x0xf32>) -> tensor<1x8x9x7xf32> {
  %0 = graph.conv_transpose %x, %w : (tensor<1x16x8x8xf32>, tensor<16x8x2x0xf32>) -> tensor<1x8x9x7xf32>
  return %0 : tensor<1x8x9x7xf32>
}
