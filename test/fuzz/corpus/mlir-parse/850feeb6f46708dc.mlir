func.func @reshape_two_minus_ones(%x: tensor<2x3x4xf32>) {
  %s = graph.constant dense<[-1, -1]> : tensor<2xi64>
  %0 = graph.reshape %x, %s : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}
