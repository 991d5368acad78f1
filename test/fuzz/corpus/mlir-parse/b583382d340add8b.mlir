func.func @compare_nan() -> (tensor<2xi1>, tensor<2xi1>, tensor<2xi1>) {
  %nan = graph.constant dense<0x7FC00000> : tensor<2xf32>
  %b = graph.constant dense<[0x7FC00000, 1.0]> : tensor<2xf32>
  %0 = graph.equal %nan, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  %1 = graph.less %nan, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  %2 = graph.greater %nan, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  return %0, %1, %2 : tensor<2xi1>, tensor<2xi1>, tensor<2xi1>
}
