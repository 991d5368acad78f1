func.func @average_pool_kernel_shape_length(%x: tensor<1x3x8xf32>) -> tensor<1x3x6xf32> {
  %0 = graph.average_pool %x {kernel_shape = array<i64: 3, 3>} : (tensor<1x3x8xf32>) -> tensor<1x3x6xf32>
  return %0 : tensor<1x3x6xf32>
}
