func.func @trilu_rank(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = graph.trilu %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}
