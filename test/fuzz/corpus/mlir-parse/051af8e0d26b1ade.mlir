func.func @batch_normalization_x_rank(%x: tensor<64xf32>, %p: tensor<64xf32>) -> tensor<64xf32> {
  %0 = graph.batch_normalization %x, %p, %p, %p, %p : (tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
  return %0 : tensor<64xf32>
}
