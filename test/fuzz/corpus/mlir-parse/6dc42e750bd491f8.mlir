func.func @log_softmax_rank0(%x: tensor<f32>) -> tensor<f32> {
  %0 = graph.log_softmax %x : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
