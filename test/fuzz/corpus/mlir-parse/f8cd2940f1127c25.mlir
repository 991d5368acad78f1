func.func @conv_spatial_too_small_valid(%x: tensor<1x3x8x6xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x2x1xf32> {
  %0 = graph.conv %x, %w {auto_pad = "VALID", dilations = array<i64: 3, 3>} : (tensor<1x3x8x6xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x2x1xf32>
  return %0 : tensor<1x4x2x1xf32>
}
