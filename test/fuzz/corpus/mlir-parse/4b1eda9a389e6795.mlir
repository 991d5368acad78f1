func.func @identity_flatten_squeeze_unsqueeze_expand(%x: tensor<2x3xf32>)
    -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %0 = graph.flatten %x {axis = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = graph.squeeze %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = graph.unsqueeze %x {axes = array<i64>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %s = graph.constant dense<[1, 3]> : tensor<2xi64>
  %3 = graph.expand %x, %s : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<2x3xf32>
  %c = graph.concat %x {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0, %1, %2, %3, %c : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}
