func.func @matmul_wrong_result(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<1xf32> {
  %0 = graph.matmul %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<1xf32>
  return %0 : tensor<1xf32>
}
