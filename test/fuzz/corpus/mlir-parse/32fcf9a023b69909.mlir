func.func @conv_transpose_kernel_shape_mismatch(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x8x10x10xf32> {
  %0 = graph.conv_transpose %x, %w {kernel_shape = array<i64: 3, 3>} : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x10x10xf32>
  return %0 : tensor<1x8x10x10xf32>
}
