func.func @add_unranked(%a: tensor<*xf32>, %b: tensor<3xf32>) {
  %0 = graph.add %a, %b : (tensor<*xf32>, tensor<3xf32>) -> tensor<3xf32>
  return
}
