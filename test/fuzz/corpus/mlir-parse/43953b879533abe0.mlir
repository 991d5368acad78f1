func.func @conv_transpose_x_rank(%x: tensor<16x8xf32>, %w: tensor<16x8xf32>) -> tensor<16x8xf32> {
  %0 = graph.conv_transpose %x, %w : (tensor<16x8xf32>, tensor<16x8xf32>) -> tensor<16x8xf32>
  return %0 : tensor<16x8xf32>
}
