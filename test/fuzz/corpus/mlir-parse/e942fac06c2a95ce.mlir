func.func @hardmax_rank0(%x: tensor<f32>) -> tensor<f32> {
  %0 = graph.hardmax %x : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
