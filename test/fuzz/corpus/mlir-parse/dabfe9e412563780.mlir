func.func @scatter_nd_scalar(%x: tensor<f32>, %i: tensor<1xi64>, %u: tensor<f32>) -> tensor<f32> {
  %0 = graph.scatter_nd %x, %i, %u : (tensor<f32>, tensor<1xi64>, tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
