func.func @chain() -> tensor<2xi64> {
  %two = graph.constant dense<2> : tensor<i64>
  %v = graph.constant dense<[1, 2]> : tensor<2xi64>
  %one = graph.constant dense<1> : tensor<1xi64>
  %0 = graph.mul %two, %v : (tensor<i64>, tensor<2xi64>) -> tensor<2xi64>
  %1 = graph.add %0, %one : (tensor<2xi64>, tensor<1xi64>) -> tensor<2xi64>
  %w = graph.constant dense<[3, 5]> : tensor<2xi64>
  %2 = graph.sub %1, %w : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  return %2 : tensor<2xi64>
}
