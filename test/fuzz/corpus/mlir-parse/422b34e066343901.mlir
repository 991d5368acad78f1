func.func @constants_not_folded(%s: tensor<2xi64>) -> (tensor<3x2xi32>, tensor<7x7xf32>, tensor<7x7xf32>) {
  %k = graph.constant dense<[1, 2]> : tensor<2xi32>
  %t = graph.constant dense<[3, 2]> : tensor<2xi64>
  %0 = graph.expand %k, %t : (tensor<2xi32>, tensor<2xi64>) -> tensor<3x2xi32>
  %c = graph.constant dense<1.0> : tensor<2x3xf32>
  %1 = graph.reshape %c, %s : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<7x7xf32>
  %d = graph.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %2 = graph.reshape %d, %s : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<7x7xf32>
  return %0, %1, %2 : tensor<3x2xi32>, tensor<7x7xf32>, tensor<7x7xf32>
}
