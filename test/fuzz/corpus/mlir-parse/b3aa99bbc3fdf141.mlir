func.func @where_broadcast_mismatch_dynamic(%c: tensor<?x1xi1>, %x: tensor<2x3xf32>,
                                            %y: tensor<4x3xf32>) {
  %0 = graph.where %c, %x, %y : (tensor<?x1xi1>, tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
  return
}
