func.func @pow_wrong_result_element(%a: tensor<4xf32>, %e: tensor<i64>) {
  %0 = graph.pow %a, %e : (tensor<4xf32>, tensor<i64>) -> tensor<4xi64>
  return
}
