func.func @max_pool_wrong_result_ceil_mode(%x: tensor<1x3x6x6xf32>) -> tensor<1x3x2x2xf32> {
  %0 = graph.max_pool %x {ceil_mode = true, kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x6x6xf32>) -> tensor<1x3x2x2xf32>
  return %0 : tensor<1x3x2x2xf32>
}
