func.func @gelu_approximate_not_string(%a: tensor<2x3xf32>) {
  %0 = graph.gelu %a {approximate = 1 : i64} : tensor<2x3xf32>
  return
}
