func.func @average_pool_wrong_result_same(%x: tensor<1x3x7x7xf32>) -> tensor<1x3x3x3xf32> {
  %0 = graph.average_pool %x {auto_pad = "SAME_UPPER", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>) -> tensor<1x3x3x3xf32>
  return %0 : tensor<1x3x3x3xf32>
}
