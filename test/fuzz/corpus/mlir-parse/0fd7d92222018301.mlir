func.func @global_max_pool_rank(%x: tensor<512xf32>) -> tensor<512xf32> {
  %0 = graph.global_max_pool %x : (tensor<512xf32>) -> tensor<512xf32>
  return %0 : tensor<512xf32>
}
