func.func @concat_element_types(%a: tensor<2x3xf32>, %b: tensor<2x3xi32>) {
  %0 = graph.concat %a, %b {axis = 0 : i64} : (tensor<2x3xf32>, tensor<2x3xi32>) -> tensor<4x3xf32>
  return
}
