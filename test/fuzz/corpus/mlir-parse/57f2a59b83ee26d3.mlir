func.func @gather_elements_rank(%x: tensor<3x3xf32>, %i: tensor<3xi64>) -> tensor<3xf32> {
  %0 = graph.gather_elements %x, %i : (tensor<3x3xf32>, tensor<3xi64>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}
