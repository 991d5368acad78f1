func.func @hardmax_int(%x: tensor<4xi64>) -> tensor<4xi64> {
  %0 = graph.hardmax %x : (tensor<4xi64>) -> tensor<4xi64>
  return %0 : tensor<4xi64>
}
