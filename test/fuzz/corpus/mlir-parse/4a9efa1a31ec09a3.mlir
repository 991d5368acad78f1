func.func @concat_axis(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>) {
  %0 = graph.concat %a, %b {axis = -3 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<?x?xf32>
  return
}
