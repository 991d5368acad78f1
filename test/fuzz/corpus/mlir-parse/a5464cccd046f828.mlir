func.func @cumsum_scalar(%x: tensor<f32>) -> tensor<f32> {
  %0 = graph.cumsum %x {axis = 0 : i64} : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
