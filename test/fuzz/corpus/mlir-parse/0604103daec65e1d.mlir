func.func @resize_negative_size(%x: tensor<1x1x4x4xf32>) {
  %s = graph.constant dense<[1, 1, -8, 8]> : tensor<4xi64>
  %0 = graph.resize %x, sizes = %s : (tensor<1x1x4x4xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  return
}
