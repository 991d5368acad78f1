func.func @sqrt_reciprocal_f16_not_folded() -> (tensor<2xf16>, tensor<2xf16>) {
  %a = graph.constant dense<4.0> : tensor<2xf16>
  %0 = graph.sqrt %a : tensor<2xf16>
  %1 = graph.reciprocal %a : tensor<2xf16>
  return %0, %1 : tensor<2xf16>, tensor<2xf16>
}
