func.func @average_pool_negative_pads(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x7x7xf32> {
  %0 = graph.average_pool %x {kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, -1>} : (tensor<1x3x8x8xf32>) -> tensor<1x3x7x7xf32>
  return %0 : tensor<1x3x7x7xf32>
}
