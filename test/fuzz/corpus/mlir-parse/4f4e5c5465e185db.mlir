func.func @concat_ranks(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>, %c: tensor<3xf32>) {
  %0 = graph.concat %a, %b, %c {axis = 0 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>, tensor<3xf32>) -> tensor<?x3xf32>
  return
}
