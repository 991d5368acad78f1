func.func @greater_wrong_result_shape(%a: tensor<2x3xi64>, %b: tensor<i64>) {
  %0 = graph.greater %a, %b : (tensor<2x3xi64>, tensor<i64>) -> tensor<3x2xi1>
  return
}
