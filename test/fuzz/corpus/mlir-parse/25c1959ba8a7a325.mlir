func.func @cast_to_vector(%a: tensor<2x3xf32>) {
  %0 = graph.cast %a {to = vector<2xf32>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}
