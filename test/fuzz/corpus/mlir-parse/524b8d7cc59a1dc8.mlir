func.func @range_zero_delta(%s: tensor<i64>, %l: tensor<i64>) {
  %d = graph.constant dense<0> : tensor<i64>
  %0 = graph.range %s, %l, %d : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  return
}
