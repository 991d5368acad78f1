func.func @mul_broadcast() -> (tensor<2x2xf32>, tensor<2x2xi64>) {
  %a = graph.constant dense<[1.5, -2.0]> : tensor<2xf32>
  %b = graph.constant dense<[[2.0], [0.5]]> : tensor<2x1xf32>
  %0 = graph.mul %a, %b : (tensor<2xf32>, tensor<2x1xf32>) -> tensor<2x2xf32>
  %c = graph.constant dense<[3, -4]> : tensor<2xi64>
  %d = graph.constant dense<[[2], [-1]]> : tensor<2x1xi64>
  %1 = graph.mul %c, %d : (tensor<2xi64>, tensor<2x1xi64>) -> tensor<2x2xi64>
  return %0, %1 : tensor<2x2xf32>, tensor<2x2xi64>
}
