func.func @cast_result_not_to(%a: tensor<2x3xf32>) {
  %0 = graph.cast %a {to = i32} : (tensor<2x3xf32>) -> tensor<2x3xi64>
  return
}
