func.func @cast_to_not_a_type(%a: tensor<2x3xf32>) {
  %0 = graph.cast %a {to = 3 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}
