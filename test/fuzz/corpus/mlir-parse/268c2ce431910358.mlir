func.func @reshape_constant() -> tensor<3x2xi64> {
  %c = graph.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi64>
  %s = graph.constant dense<[3, 2]> : tensor<2xi64>
  %0 = graph.reshape %c, %s : (tensor<2x3xi64>, tensor<2xi64>) -> tensor<3x2xi64>
  return %0 : tensor<3x2xi64>
}
