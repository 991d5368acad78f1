func.func @mul_broadcast_mismatch_leading(%a: tensor<5x1x3xi64>, %c: tensor<4x2x3xi64>) {
  %0 = graph.mul %a, %c : (tensor<5x1x3xi64>, tensor<4x2x3xi64>) -> tensor<5x2x3xi64>
  return
}
