func.func @softmax_rank0(%x: tensor<f32>) -> tensor<f32> {
  %0 = graph.softmax %x : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
