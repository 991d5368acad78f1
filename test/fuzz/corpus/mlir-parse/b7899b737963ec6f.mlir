func.func @identity_element_wide_int(%x: tensor<2xi128>) -> tensor<2xi128> {
  %c = graph.constant dense<1267650600228229401496703205376> : tensor<i128>
  %0 = graph.add %x, %c : (tensor<2xi128>, tensor<i128>) -> tensor<2xi128>
  return %0 : tensor<2xi128>
}
