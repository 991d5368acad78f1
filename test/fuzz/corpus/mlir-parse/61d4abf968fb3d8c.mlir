func.func @resize_operand_twice(%x: tensor<1x1x4x4xf32>, %s: tensor<4xf32>) {
  %0 = graph.resize %x, scales = %s, scales = %s : (tensor<1x1x4x4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<?x?x?x?xf32>
  return
}
