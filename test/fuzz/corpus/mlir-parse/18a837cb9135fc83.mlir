func.func @conv_transpose_bad_auto_pad(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x8x9x9xf32> {
  %0 = graph.conv_transpose %x, %w {auto_pad = "FULL"} : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x9x9xf32>
  return %0 : tensor<1x8x9x9xf32>
}
