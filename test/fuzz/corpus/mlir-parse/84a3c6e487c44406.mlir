func.func @batch_normalization_wrong_result(%x: tensor<1x64x8x8xf32>, %p: tensor<64xf32>) -> tensor<1x64x8x4xf32> {
  %0 = graph.batch_normalization %x, %p, %p, %p, %p : (tensor<1x64x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<1x64x8x4xf32>
  return %0 : tensor<1x64x8x4xf32>
}
