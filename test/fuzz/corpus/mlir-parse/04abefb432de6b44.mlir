func.func @transpose_constant() -> (tensor<3x2xi64>, tensor<3x2x2xi32>, tensor<4x3xf32>) {
  %c = graph.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi64>
  %0 = graph.transpose %c : (tensor<2x3xi64>) -> tensor<3x2xi64>
  %d = graph.constant dense<[[[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [10, 11, 12]]]> : tensor<2x2x3xi32>
  %1 = graph.transpose %d {perm = array<i64: 2, 0, 1>} : (tensor<2x2x3xi32>) -> tensor<3x2x2xi32>
  %e = graph.constant dense<2.5> : tensor<3x4xf32>
  %2 = graph.transpose %e : (tensor<3x4xf32>) -> tensor<4x3xf32>
  return %0, %1, %2 : tensor<3x2xi64>, tensor<3x2x2xi32>, tensor<4x3xf32>
}
