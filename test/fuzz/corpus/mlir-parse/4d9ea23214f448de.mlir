func.func @conv_transpose_negative_stride(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x8x9x9xf32> {
  %0 = graph.conv_transpose %x, %w {strides = array<i64: 2, -2>} : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x9x9xf32>
  return %0 : tensor<1x8x9x9xf32>
}
