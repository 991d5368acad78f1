func.func @reshape_minus_one_not_divisible(%x: tensor<2x3x4xf32>) {
  %s = graph.constant dense<[5, 0, -1]> : tensor<3xi64>
  %0 = graph.reshape %x, %s : (tensor<2x3x4xf32>, tensor<3xi64>) -> tensor<5x3x?xf32>
  return
}
