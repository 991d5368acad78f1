func.func @concat_wrong_result(%a: tensor<2x3xf32>, %b: tensor<2x5xf32>) {
  %0 = graph.concat %a, %b {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<4x3xf32>
  return
}
