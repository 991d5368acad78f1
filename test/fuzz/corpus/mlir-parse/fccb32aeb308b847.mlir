func.func @add_i64_scalar() -> (tensor<3xi64>, tensor<i64>) {
  %s = graph.constant dense<5> : tensor<i64>
  %v = graph.constant dense<[1, -2, 3]> : tensor<3xi64>
  %0 = graph.add %s, %v : (tensor<i64>, tensor<3xi64>) -> tensor<3xi64>
  %1 = graph.add %s, %s : (tensor<i64>, tensor<i64>) -> tensor<i64>
  return %0, %1 : tensor<3xi64>, tensor<i64>
}
