func.func @div_i64_truncates() -> tensor<6xi64> {
  %a = graph.constant dense<[7, -7, 7, -7, 9, -9]> : tensor<6xi64>
  %b = graph.constant dense<[2, 2, -2, -2, 3, 3]> : tensor<6xi64>
  %0 = graph.div %a, %b : (tensor<6xi64>, tensor<6xi64>) -> tensor<6xi64>
  return %0 : tensor<6xi64>
}
