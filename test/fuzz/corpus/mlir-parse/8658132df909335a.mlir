func.func @where_result_is_condition_type(%c: tensor<2xi1>, %x: tensor<2xf32>) {
  %0 = graph.where %c, %x, %x : (tensor<2xi1>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  return
}
