func.func @batch_normalization_var_size(%x: tensor<1x64x8x8xf32>, %p: tensor<64xf32>, %v: tensor<65xf32>) -> tensor<1x64x8x8xf32> {
  %0 = graph.batch_normalization %x, %p, %p, %p, %v : (tensor<1x64x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<65xf32>) -> tensor<1x64x8x8xf32>
  return %0 : tensor<1x64x8x8xf32>
}
