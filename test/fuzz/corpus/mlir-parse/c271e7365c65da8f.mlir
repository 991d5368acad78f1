func.func @scatter_elements_larger(%x: tensor<3x3xf32>, %i: tensor<1x4xi64>, %u: tensor<1x4xf32>) -> tensor<3x3xf32> {
  %0 = graph.scatter_elements %x, %i, %u : (tensor<3x3xf32>, tensor<1x4xi64>, tensor<1x4xf32>) -> tensor<3x3xf32>
  return %0 : tensor<3x3xf32>
}
