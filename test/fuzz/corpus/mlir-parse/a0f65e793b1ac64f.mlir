func.func @scatter_elements_shape(%x: tensor<3x3xf32>, %i: tensor<1x2xi64>, %u: tensor<2x2xf32>) -> tensor<3x3xf32> {
  %0 = graph.scatter_elements %x, %i, %u : (tensor<3x3xf32>, tensor<1x2xi64>, tensor<2x2xf32>) -> tensor<3x3xf32>
  return %0 : tensor<3x3xf32>
}
