func.func @resize_nan_scale(%x: tensor<1x1x4x4xf32>) {
  %s = graph.constant dense<[1.0, 1.0, 0x7FC00000, 2.0]> : tensor<4xf32>
  %0 = graph.resize %x, scales = %s : (tensor<1x1x4x4xf32>, tensor<4xf32>) -> tensor<?x?x?x?xf32>
  return
}
