func.func @sub_i64() -> tensor<2xi64> {
  %a = graph.constant dense<[5, 0]> : tensor<2xi64>
  %b = graph.constant dense<7> : tensor<i64>
  %0 = graph.sub %a, %b : (tensor<2xi64>, tensor<i64>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}
