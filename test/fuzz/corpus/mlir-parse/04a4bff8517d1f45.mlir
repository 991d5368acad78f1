func.func @expand_incompatible(%x: tensor<2x3xf32>) {
  %s = graph.constant dense<[4]> : tensor<1xi64>
  %0 = graph.expand %x, %s : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<?x?xf32>
  return
}
