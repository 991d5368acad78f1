func.func @max_pool_x_rank(%x: tensor<3x8xf32>) -> tensor<3x4xf32> {
  %0 = graph.max_pool %x {kernel_shape = array<i64: 2>} : (tensor<3x8xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}
