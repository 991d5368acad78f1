func.func @batch_normalization_mean_element_type(%x: tensor<1x64x8x8xf32>, %p: tensor<64xf32>, %m: tensor<64xf16>) -> tensor<1x64x8x8xf32> {
  %0 = graph.batch_normalization %x, %p, %p, %m, %p : (tensor<1x64x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf16>, tensor<64xf32>) -> tensor<1x64x8x8xf32>
  return %0 : tensor<1x64x8x8xf32>
}
