func.func @gather_constant() -> (tensor<2x2xi64>, tensor<3xi64>, tensor<2x1x2xi64>) {
  %d = graph.constant dense<[[1, 2], [3, 4], [5, 6]]> : tensor<3x2xi64>
  %i = graph.constant dense<[2, -3]> : tensor<2xi64>
  %0 = graph.gather %d, %i : (tensor<3x2xi64>, tensor<2xi64>) -> tensor<2x2xi64>
  %j = graph.constant dense<1> : tensor<i32>
  %1 = graph.gather %d, %j {axis = -1 : i64} : (tensor<3x2xi64>, tensor<i32>) -> tensor<3xi64>
  %k = graph.constant dense<[[1], [0]]> : tensor<2x1xi64>
  %2 = graph.gather %d, %k : (tensor<3x2xi64>, tensor<2x1xi64>) -> tensor<2x1x2xi64>
  return %0, %1, %2 : tensor<2x2xi64>, tensor<3xi64>, tensor<2x1x2xi64>
}
