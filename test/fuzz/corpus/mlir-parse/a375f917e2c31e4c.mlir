func.func @where_broadcast_mismatch_values(%c: tensor<i1>, %x: tensor<3xf32>, %y: tensor<5x2xf32>) {
  %0 = graph.where %c, %x, %y : (tensor<i1>, tensor<3xf32>, tensor<5x2xf32>) -> tensor<5x3xf32>
  return
}
