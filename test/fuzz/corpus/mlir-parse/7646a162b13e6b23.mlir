func.func @batch_normalization_bias_rank(%x: tensor<1x64x8x8xf32>, %p: tensor<64xf32>, %b: tensor<1x64xf32>) -> tensor<1x64x8x8xf32> {
  %0 = graph.batch_normalization %x, %p, %b, %p, %p : (tensor<1x64x8x8xf32>, tensor<64xf32>, tensor<1x64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<1x64x8x8xf32>
  return %0 : tensor<1x64x8x8xf32>
}
