func.func @reshape_allowzero_with_minus_one(%x: tensor<0x3xf32>) {
  %s = graph.constant dense<[-1, 0]> : tensor<2xi64>
  %0 = graph.reshape %x, %s {allowzero = true} : (tensor<0x3xf32>, tensor<2xi64>) -> tensor<?x0xf32>
  return
}
