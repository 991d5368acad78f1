func.func @cast_same_type(%x: tensor<?x4xf32>, %i: tensor<i64>) -> (tensor<?x4xf32>, tensor<i64>) {
  %0 = graph.cast %x {to = f32} : (tensor<?x4xf32>) -> tensor<?x4xf32>
  %1 = graph.cast %i {to = i64} : (tensor<i64>) -> tensor<i64>
  return %0, %1 : tensor<?x4xf32>, tensor<i64>
}
