func.func @reciprocal() -> tensor<4xf32> {
  %a = graph.constant dense<[2.0, 4.0, -0.5, 0.0]> : tensor<4xf32>
  %0 = graph.reciprocal %a : tensor<4xf32>
  return %0 : tensor<4xf32>
}
