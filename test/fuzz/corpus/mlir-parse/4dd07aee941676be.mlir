func.func @range_wrong_result() {
  %s = graph.constant dense<0> : tensor<i64>
  %l = graph.constant dense<10> : tensor<i64>
  %d = graph.constant dense<3> : tensor<i64>
  %0 = graph.range %s, %l, %d : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<3xi64>
  return
}
