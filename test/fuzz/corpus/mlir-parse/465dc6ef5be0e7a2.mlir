func.func @conv_transpose_channel_mismatch(%x: tensor<1x8x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x8x9x9xf32> {
  %0 = graph.conv_transpose %x, %w : (tensor<1x8x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x9x9xf32>
  return %0 : tensor<1x8x9x9xf32>
}
