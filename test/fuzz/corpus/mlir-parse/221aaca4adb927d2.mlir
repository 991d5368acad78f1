func.func @where_broadcast_mismatch_condition(%c: tensor<2xi1>, %x: tensor<2x3xf32>) {
  %0 = graph.where %c, %x, %x : (tensor<2xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}
