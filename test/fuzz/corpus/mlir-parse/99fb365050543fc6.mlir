func.func @identity(%x: tensor<?x3xf32>) -> (tensor<?x3xf32>, tensor<2xi64>) {
  %0 = graph.identity %x : tensor<?x3xf32>
  %1 = graph.identity %0 : tensor<?x3xf32>
  %c = graph.constant dense<[1, 2]> : tensor<2xi64>
  %2 = graph.identity %c : tensor<2xi64>
  return %1, %2 : tensor<?x3xf32>, tensor<2xi64>
}
