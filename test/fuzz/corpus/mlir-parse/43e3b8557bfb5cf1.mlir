func.func @gather_elements_scalar(%x: tensor<f32>, %i: tensor<i64>) -> tensor<f32> {
  %0 = graph.gather_elements %x, %i : (tensor<f32>, tensor<i64>) -> tensor<f32>
  return %0 : tensor<f32>
}
