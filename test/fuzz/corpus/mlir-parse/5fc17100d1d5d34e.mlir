func.func @cast_result_index(%a: tensor<2x3xf32>) {
  %0 = graph.cast %a {to = index} : (tensor<2x3xf32>) -> tensor<2x3xindex>
  return
}
