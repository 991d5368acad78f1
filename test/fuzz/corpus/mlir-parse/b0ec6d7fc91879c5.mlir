func.func @unary_float(%x: tensor<2x3xf32>, %h: tensor<?xf16>, %d: tensor<f64>) {
  %0 = graph.ceil %x : tensor<2x3xf32>
  %1 = graph.floor %h : tensor<?xf16>
  %2 = graph.round %d : tensor<f64>
  %3 = graph.sin %x : tensor<2x3xf32>
  %4 = graph.cos %x : tensor<2x3xf32>
  %5 = graph.tan %x : tensor<2x3xf32>
  %6 = graph.asin %x : tensor<2x3xf32>
  %7 = graph.acos %x : tensor<2x3xf32>
  %8 = graph.atan %x : tensor<2x3xf32>
  %9 = graph.sinh %x : tensor<2x3xf32>
  %10 = graph.cosh %x : tensor<2x3xf32>
  %11 = graph.asinh %x : tensor<2x3xf32>
  %12 = graph.acosh %x : tensor<2x3xf32>
  %13 = graph.atanh %d : tensor<f64>
  %14 = graph.softplus %x : tensor<2x3xf32>
  %15 = graph.softsign %h : tensor<?xf16>
  return
}

func.func @sign(%x: tensor<4xf32>, %i: tensor<4xi32>, %u: tensor<4xui8>) {
  %0 = graph.sign %x : tensor<4xf32>
  %1 = graph.sign %i : tensor<4xi32>
  %2 = graph.sign %u : tensor<4xui8>
  return
}


func.func @activations(%x: tensor<2x3xf32>) {
  %0 = graph.elu %x : tensor<2x3xf32>
  %1 = graph.elu %x {alpha = 2.0 : f32} : tensor<2x3xf32>
  %2 = graph.celu %x {alpha = 1.0 : f32} : tensor<2x3xf32>
  %3 = graph.celu %x {alpha = 0.5 : f32} : tensor<2x3xf32>
  %4 = graph.selu %x : tensor<2x3xf32>
  %5 = graph.selu %x {alpha = 2.0 : f32, gamma = 3.0 : f32} : tensor<2x3xf32>
  %6 = graph.thresholded_relu %x : tensor<2x3xf32>
  %7 = graph.thresholded_relu %x {alpha = 2.0 : f32} : tensor<2x3xf32>
  %8 = graph.shrink %x {bias = 0.0 : f32, lambd = 0.5 : f32} : tensor<2x3xf32>
  %9 = graph.shrink %x {bias = 1.5 : f32, lambd = 1.5 : f32} : tensor<2x3xf32>
  return
}

func.func @prelu(%x: tensor<1x3x4x4xf32>, %s: tensor<3x1x1xf32>, %k: tensor<f32>,
                 %i: tensor<?x5xi32>) {
  %0 = graph.prelu %x, %s : (tensor<1x3x4x4xf32>, tensor<3x1x1xf32>) -> tensor<1x3x4x4xf32>
  %1 = graph.prelu %x, %k : (tensor<1x3x4x4xf32>, tensor<f32>) -> tensor<1x3x4x4xf32>
  %2 = graph.prelu %i, %i : (tensor<?x5xi32>, tensor<?x5xi32>) -> tensor<?x5xi32>
  return
}


func.func @float_tests(%x: tensor<2x?xf32>, %d: tensor<f64>) {
  %0 = graph.is_nan %x : (tensor<2x?xf32>) -> tensor<2x?xi1>
  %1 = graph.is_inf %x {detect_negative = true, detect_positive = true} : (tensor<2x?xf32>) -> tensor<2x?xi1>
  %2 = graph.is_inf %x {detect_negative = false} : (tensor<2x?xf32>) -> tensor<2x?xi1>
  %3 = graph.is_inf %d {detect_positive = false} : (tensor<f64>) -> tensor<i1>
  return
}


func.func @logic(%a: tensor<2x3xi1>, %b: tensor<3xi1>) {
  %0 = graph.and %a, %b : (tensor<2x3xi1>, tensor<3xi1>) -> tensor<2x3xi1>
  %1 = graph.or %b, %a : (tensor<3xi1>, tensor<2x3xi1>) -> tensor<2x3xi1>
  %2 = graph.xor %a, %a : (tensor<2x3xi1>, tensor<2x3xi1>) -> tensor<2x3xi1>
  return
}

func.func @compare_or_equal(%a: tensor<2x3xf32>, %b: tensor<3xf32>,
                            %c: tensor<4xui16>, %d: tensor<ui16>) {
  %0 = graph.less_or_equal %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %1 = graph.greater_or_equal %c, %d : (tensor<4xui16>, tensor<ui16>) -> tensor<4xi1>
  return
}

func.func @mod(%a: tensor<2x3xi32>, %b: tensor<3xi32>, %x: tensor<4xf16>, %y: tensor<f16>) {
  %0 = graph.mod %a, %b {fmod = false} : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  %1 = graph.mod %a, %b {fmod = true} : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  %2 = graph.mod %x, %y {fmod = true} : (tensor<4xf16>, tensor<f16>) -> tensor<4xf16>
  return
}

func.func @bit_shift(%a: tensor<3xui8>, %b: tensor<2x3xui64>, %n: tensor<ui64>) {
  %0 = graph.bit_shift %a, %a {direction = "LEFT"} : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
  %1 = graph.bit_shift %b, %n {direction = "RIGHT"} : (tensor<2x3xui64>, tensor<ui64>) -> tensor<2x3xui64>
  return
}
