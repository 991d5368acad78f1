func.func @gather_wrong_result(%d: tensor<3x4xf32>, %i: tensor<2x5xi64>) {
  %0 = graph.gather %d, %i {axis = 1 : i64} : (tensor<3x4xf32>, tensor<2x5xi64>) -> tensor<2x5x4xf32>
  return
}
