func.func @where_condition_i8(%c: tensor<3xi8>, %x: tensor<3xf32>) {
  %0 = graph.where %c, %x, %x : (tensor<3xi8>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  return
}
