func.func @pad_overflow(%x: tensor<2xf32>) {
  %p = graph.constant dense<[9223372036854775807, 1]> : tensor<2xi64>
  %0 = graph.pad %x, %p : (tensor<2xf32>, tensor<2xi64>) -> tensor<?xf32>
  return
}
