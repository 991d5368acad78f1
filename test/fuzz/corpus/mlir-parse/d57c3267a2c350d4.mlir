func.func @resize_operand_order(%x: tensor<1x1x4x4xf32>, %s: tensor<4xf32>, %r: tensor<8xf32>) {
  %0 = graph.resize %x, scales = %s, roi = %r : (tensor<1x1x4x4xf32>, tensor<4xf32>, tensor<8xf32>) -> tensor<?x?x?x?xf32>
  return
}
