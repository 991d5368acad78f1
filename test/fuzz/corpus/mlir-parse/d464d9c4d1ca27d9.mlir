func.func @layer_normalization_rank0(%x: tensor<f32>, %g: tensor<f32>) -> tensor<f32> {
  %0 = graph.layer_normalization %x, %g : (tensor<f32>, tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
