func.func @identity_wrong_result_shape(%a: tensor<2x3xf32>) {
  %0 = "graph.identity"(%a) : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}
