func.func @reduce_mean_wrong_result_noop(%x: tensor<2x3x4xf32>) -> tensor<1x1x1xf32> {
  %0 = graph.reduce_mean %x {noop_with_empty_axes = true} : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  return %0 : tensor<1x1x1xf32>
}
