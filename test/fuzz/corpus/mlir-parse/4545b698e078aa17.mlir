func.func @gelu_bad_approximate(%a: tensor<2x3xf32>) {
  %0 = graph.gelu %a {approximate = "fast"} : tensor<2x3xf32>
  return
}
