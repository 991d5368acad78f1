func.func @reshape_wrong_result(%x: tensor<2x3x4xf32>) {
  %s = graph.constant dense<[0, -1]> : tensor<2xi64>
  %0 = graph.reshape %x, %s : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<3x8xf32>
  return
}
