func.func @pytorch_flatten_gather(%x: tensor<5x3x4xf32>) -> tensor<5x12xf32> {
  %shape = graph.shape %x : (tensor<5x3x4xf32>) -> tensor<3xi64>
  %zero = graph.constant dense<0> : tensor<i64>
  %batch = graph.gather %shape, %zero : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %b1 = graph.unsqueeze %batch {axes = array<i64: 0>} : (tensor<i64>) -> tensor<1xi64>
  %minus_one = graph.constant dense<[-1]> : tensor<1xi64>
  %target = graph.concat %b1, %minus_one {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
  %0 = graph.reshape %x, %target : (tensor<5x3x4xf32>, tensor<2xi64>) -> tensor<5x12xf32>
  return %0 : tensor<5x12xf32>
}
