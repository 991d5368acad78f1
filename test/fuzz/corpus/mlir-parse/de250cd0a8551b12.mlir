func.func @where_condition_not_bool(%c: tensor<2xf32>, %x: tensor<2x3xf32>) {
  %0 = graph.where %c, %x, %x : (tensor<2xf32>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}
