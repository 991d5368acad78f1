func.func @cast_kept(%x: tensor<4xf32>) -> tensor<4xi64> {
  %0 = graph.cast %x {to = i64} : (tensor<4xf32>) -> tensor<4xi64>
  return %0 : tensor<4xi64>
}
