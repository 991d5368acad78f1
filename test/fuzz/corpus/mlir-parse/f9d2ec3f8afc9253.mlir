func.func @gelu_uppercase_approximate(%a: tensor<2x3xf32>) {
  %0 = graph.gelu %a {approximate = "TANH"} : tensor<2x3xf32>
  return
}
