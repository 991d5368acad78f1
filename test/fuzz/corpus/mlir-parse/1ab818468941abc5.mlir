func.func @matmul_rank0(%a: tensor<f32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  %0 = graph.matmul %a, %b : (tensor<f32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
