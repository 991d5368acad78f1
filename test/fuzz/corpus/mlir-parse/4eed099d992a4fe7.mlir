func.func @not_float(%a: tensor<2x3xf32>) {
  %0 = graph.not %a : tensor<2x3xf32>
  return
}
