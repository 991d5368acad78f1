func.func @where_value_type_mismatch(%c: tensor<3xi1>, %x: tensor<2x3xf32>, %y: tensor<2x3xf16>) {
  %0 = graph.where %c, %x, %y : (tensor<3xi1>, tensor<2x3xf32>, tensor<2x3xf16>) -> tensor<2x3xf32>
  return
}
