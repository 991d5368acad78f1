func.func @sub_element_type_mismatch(%a: tensor<2x3xf32>, %b: tensor<3xf64>) {
  %0 = graph.sub %a, %b : (tensor<2x3xf32>, tensor<3xf64>) -> tensor<2x3xf32>
  return
}
