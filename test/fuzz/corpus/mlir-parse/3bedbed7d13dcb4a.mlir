func.func @reshape_negative_size(%x: tensor<2x3x4xf32>) {
  %s = graph.constant dense<[2, -2]> : tensor<2xi64>
  %0 = graph.reshape %x, %s : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}
