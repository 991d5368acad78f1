func.func @gelu_bool(%a: tensor<4xi1>) {
  %0 = graph.gelu %a : tensor<4xi1>
  return
}
