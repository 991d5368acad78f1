func.func @max_pool_window_too_large(%x: tensor<1x3x4x4xf32>) -> tensor<1x3x1x1xf32> {
  %0 = graph.max_pool %x {kernel_shape = array<i64: 5, 5>} : (tensor<1x3x4x4xf32>) -> tensor<1x3x1x1xf32>
  return %0 : tensor<1x3x1x1xf32>
}
