func.func @sub_f32_broadcast_both() -> tensor<2x3xf32> {
  %a = graph.constant dense<[[10.0], [20.0]]> : tensor<2x1xf32>
  %b = graph.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %0 = graph.sub %a, %b : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
