func.func @sqrt_integer(%a: tensor<2x3xi32>) {
  %0 = graph.sqrt %a : tensor<2x3xi32>
  return
}
