func.func @cast_missing_to(%a: tensor<2x3xf32>) {
  %0 = graph.cast %a : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}
