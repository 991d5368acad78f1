func.func @conv_transpose_output_shape_negative(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x8x?x16xf32> {
  %0 = graph.conv_transpose %x, %w {output_shape = array<i64: -5, 16>, strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x?x16xf32>
  return %0 : tensor<1x8x?x16xf32>
}
