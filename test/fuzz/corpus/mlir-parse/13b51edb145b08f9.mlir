func.func @cast_wrong_result_shape(%a: tensor<2x3xf32>) {
  %0 = graph.cast %a {to = i64} : (tensor<2x3xf32>) -> tensor<6xi64>
  return
}
