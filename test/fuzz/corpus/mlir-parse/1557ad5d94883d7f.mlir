func.func @conv_transpose_pads_length(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x8x9x9xf32> {
  %0 = graph.conv_transpose %x, %w {pads = array<i64: 0, 0, 0>} : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x9x9xf32>
  return %0 : tensor<1x8x9x9xf32>
}
