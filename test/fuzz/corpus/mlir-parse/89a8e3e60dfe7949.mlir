func.func @resize_wrong_result(%x: tensor<1x1x10x10xf32>) {
  %s = graph.constant dense<[1.0, 1.0, 0.7, 0.7]> : tensor<4xf32>
  %0 = graph.resize %x, scales = %s : (tensor<1x1x10x10xf32>, tensor<4xf32>) -> tensor<1x1x6x6xf32>
  return
}
