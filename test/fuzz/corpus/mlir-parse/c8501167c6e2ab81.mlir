func.func @resource(%a: tensor<4x3xf32>) -> tensor<4x2xf32> {
  %w = graph.constant dense_resource<w> : tensor<2x3xf32>
  %0 = graph.gemm %a, %w {transB = true} : (tensor<4x3xf32>, tensor<2x3xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

{-#
  dialect_resources: {
    builtin: {
      w: "0x040000000000803F0000004000004040000080400000A0400000C040"
    }
  }
#-}
