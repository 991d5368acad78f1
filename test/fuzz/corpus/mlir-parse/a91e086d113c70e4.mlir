func.func @global_average_pool_rank(%x: tensor<1x512xf32>) -> tensor<1x512xf32> {
  %0 = graph.global_average_pool %x : (tensor<1x512xf32>) -> tensor<1x512xf32>
  return %0 : tensor<1x512xf32>
}
