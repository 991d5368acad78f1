func.func @gather_axis(%d: tensor<3x4xf32>, %i: tensor<2xi64>) {
  %0 = graph.gather %d, %i {axis = 2 : i64} : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}
