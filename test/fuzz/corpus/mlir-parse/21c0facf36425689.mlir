func.func @expand_negative(%x: tensor<2x3xf32>) {
  %s = graph.constant dense<[2, -1]> : tensor<2xi64>
  %0 = graph.expand %x, %s : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}
