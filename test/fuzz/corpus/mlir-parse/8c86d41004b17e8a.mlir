func.func @expand_wrong_result(%x: tensor<3x1xf32>) {
  %s = graph.constant dense<[1, 4]> : tensor<2xi64>
  %0 = graph.expand %x, %s : (tensor<3x1xf32>, tensor<2xi64>) -> tensor<1x4xf32>
  return
}
