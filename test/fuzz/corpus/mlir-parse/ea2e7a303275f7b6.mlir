func.func @pytorch_flatten(%x: tensor<2x3x4xf32>) -> tensor<?x?xf32> {
  %shape = graph.shape %x : (tensor<2x3x4xf32>) -> tensor<3xi64>
  %zero = graph.constant dense<[0]> : tensor<1xi64>
  %one = graph.constant dense<[1]> : tensor<1xi64>
  %batch = graph.slice %shape, %zero, %one, axes = %zero : (tensor<3xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %minus_one = graph.constant dense<[-1]> : tensor<1xi64>
  %target = graph.concat %batch, %minus_one {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
  %0 = graph.reshape %x, %target : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}
