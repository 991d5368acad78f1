func.func @pad_wrong_result(%x: tensor<2x3xf32>) {
  %p = graph.constant dense<[1, 0, 2, 0]> : tensor<4xi64>
  %0 = graph.pad %x, %p : (tensor<2x3xf32>, tensor<4xi64>) -> tensor<2x6xf32>
  return
}
