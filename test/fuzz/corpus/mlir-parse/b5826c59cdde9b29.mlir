func.func @reduce_l2_int(%x: tensor<2x3xi64>) -> tensor<2x1xi64> {
  %0 = graph.reduce_l2 %x {axes = array<i64: 1>} : (tensor<2x3xi64>) -> tensor<2x1xi64>
  return %0 : tensor<2x1xi64>
}
