func.func @reshape_minus_one_with_zero_dim(%x: tensor<0x3xf32>) {
  %s = graph.constant dense<[0, -1]> : tensor<2xi64>
  %0 = graph.reshape %x, %s : (tensor<0x3xf32>, tensor<2xi64>) -> tensor<0x?xf32>
  return
}
