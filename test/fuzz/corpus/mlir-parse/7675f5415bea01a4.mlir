func.func @reshape_element_count(%x: tensor<2x3x4xf32>) {
  %s = graph.constant dense<[5, 5]> : tensor<2xi64>
  %0 = graph.reshape %x, %s : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<5x5xf32>
  return
}
