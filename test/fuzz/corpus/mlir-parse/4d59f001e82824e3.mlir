func.func @leaky_relu_integer(%a: tensor<2x3xi32>) {
  %0 = graph.leaky_relu %a : tensor<2x3xi32>
  return
}
