func.func @pad_negative_result(%x: tensor<1x3xf32>) {
  %p = graph.constant dense<[-1, 0, -1, 0]> : tensor<4xi64>
  %0 = graph.pad %x, %p : (tensor<1x3xf32>, tensor<4xi64>) -> tensor<?x3xf32>
  return
}
