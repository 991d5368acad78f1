func.func @conv_transpose_pads_too_large(%x: tensor<1x4x3x3xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x2x1x5xf32> {
  %0 = graph.conv_transpose %x, %w {pads = array<i64: 3, 0, 3, 0>} : (tensor<1x4x3x3xf32>, tensor<4x2x3x3xf32>) -> tensor<1x2x1x5xf32>
  return %0 : tensor<1x2x1x5xf32>
}
