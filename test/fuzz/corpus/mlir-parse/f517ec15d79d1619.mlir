func.func @concat_constant() -> (tensor<3xi64>, tensor<2x3xi32>) {
  %a = graph.constant dense<[1, 2]> : tensor<2xi64>
  %b = graph.constant dense<[3]> : tensor<1xi64>
  %0 = graph.concat %a, %b {axis = 0 : i64} : (tensor<2xi64>, tensor<1xi64>) -> tensor<3xi64>
  %c = graph.constant dense<[[1], [2]]> : tensor<2x1xi32>
  %d = graph.constant dense<[[3, 4], [5, 6]]> : tensor<2x2xi32>
  %1 = graph.concat %c, %d {axis = -1 : i64} : (tensor<2x1xi32>, tensor<2x2xi32>) -> tensor<2x3xi32>
  return %0, %1 : tensor<3xi64>, tensor<2x3xi32>
}
