func.func @equal_result_not_bool(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>) {
  %0 = graph.equal %a, %b : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}
