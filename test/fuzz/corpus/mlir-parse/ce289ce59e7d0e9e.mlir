func.func @batch_normalization_scale_size(%x: tensor<1x64x8x8xf32>, %s: tensor<32xf32>, %p: tensor<64xf32>) -> tensor<1x64x8x8xf32> {
  %0 = graph.batch_normalization %x, %s, %p, %p, %p : (tensor<1x64x8x8xf32>, tensor<32xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<1x64x8x8xf32>
  return %0 : tensor<1x64x8x8xf32>
}
