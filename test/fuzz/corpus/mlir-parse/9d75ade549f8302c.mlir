func.func @div_i64_by_zero_not_folded() -> (tensor<2xi64>, tensor<2xi64>) {
  %a = graph.constant dense<[5, 6]> : tensor<2xi64>
  %b = graph.constant dense<[1, 0]> : tensor<2xi64>
  %0 = graph.div %a, %b : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  %z = graph.constant dense<0> : tensor<i64>
  %1 = graph.div %a, %z : (tensor<2xi64>, tensor<i64>) -> tensor<2xi64>
  return %0, %1 : tensor<2xi64>, tensor<2xi64>
}
