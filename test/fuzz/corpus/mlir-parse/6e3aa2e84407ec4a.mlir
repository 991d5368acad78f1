func.func @conv_wrong_result(%x: tensor<1x3x224x224xf32>, %w: tensor<64x3x3x3xf32>) -> tensor<1x64x111x111xf32> {
  %0 = graph.conv %x, %w {pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x3x224x224xf32>, tensor<64x3x3x3xf32>) -> tensor<1x64x111x111xf32>
  return %0 : tensor<1x64x111x111xf32>
}
