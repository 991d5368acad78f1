func.func @gather_rank0_data(%d: tensor<f32>, %i: tensor<i64>) {
  %0 = graph.gather %d, %i : (tensor<f32>, tensor<i64>) -> tensor<f32>
  return
}
