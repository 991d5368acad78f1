func.func @abs_unranked(%a: tensor<*xf32>) {
  %0 = graph.abs %a : tensor<*xf32>
  return
}
