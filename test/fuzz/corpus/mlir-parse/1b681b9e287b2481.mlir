func.func @conv_transpose_group_mismatch(%x: tensor<1x6x8x8xf32>, %w: tensor<6x2x2x2xf32>) -> tensor<1x8x9x9xf32> {
  %0 = graph.conv_transpose %x, %w {group = 4 : i64} : (tensor<1x6x8x8xf32>, tensor<6x2x2x2xf32>) -> tensor<1x8x9x9xf32>
  return %0 : tensor<1x8x9x9xf32>
}
