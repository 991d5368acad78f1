func.func @where_wrong_result_shape(%c: tensor<i1>, %x: tensor<2x3xf32>) {
  %0 = graph.where %c, %x, %x : (tensor<i1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}
