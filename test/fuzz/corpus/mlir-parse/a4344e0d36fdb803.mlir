func.func @reshape_zero_past_rank(%x: tensor<2x3xf32>) {
  %s = graph.constant dense<[1, 0, 0]> : tensor<3xi64>
  %0 = graph.reshape %x, %s : (tensor<2x3xf32>, tensor<3xi64>) -> tensor<1x3x?xf32>
  return
}
