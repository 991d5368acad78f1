func.func @greater_element_type_mismatch(%a: tensor<2x3xf32>, %b: tensor<2x3xi32>) {
  %0 = graph.greater %a, %b : (tensor<2x3xf32>, tensor<2x3xi32>) -> tensor<2x3xi1>
  return
}
