func.func @max_pool_missing_kernel_shape(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32> {
  %0 = graph.max_pool %x : (tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32>
  return %0 : tensor<1x3x8x8xf32>
}
