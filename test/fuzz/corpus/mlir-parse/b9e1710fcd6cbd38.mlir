func.func @split_overflow(%x: tensor<?xf32>) {
  %0:2 = graph.split %x {split = array<i64: 9223372036854775807, 2>} : (tensor<?xf32>) -> (tensor<?xf32>, tensor<?xf32>)
  return
}
