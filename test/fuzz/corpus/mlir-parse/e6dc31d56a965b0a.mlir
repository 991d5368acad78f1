func.func @constant_f32() -> tensor<2xf32> {
  %0 = graph.constant dense<[1.0, 2.0]> : tensor<2xf32>
  return %0 : tensor<2xf32>
}

func.func @constant_types() -> (tensor<2x3xi64>, tensor<2xi1>, tensor<f16>,
                                tensor<2xui8>, tensor<4x5xf32>, tensor<0xf32>) {
  %0 = graph.constant dense<[[1, -2, 3], [4, 5, -6]]> : tensor<2x3xi64>
  %1 = graph.constant dense<[true, false]> : tensor<2xi1>
  %2 = graph.constant dense<1.5> : tensor<f16>
  %3 = graph.constant dense<[0, 255]> : tensor<2xui8>
  %4 = graph.constant dense<0.0> : tensor<4x5xf32>
  %5 = graph.constant dense<> : tensor<0xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<2x3xi64>, tensor<2xi1>, tensor<f16>,
                                  tensor<2xui8>, tensor<4x5xf32>, tensor<0xf32>
}

func.func @constant_resource() -> tensor<2xf32> {
  %0 = graph.constant dense_resource<weight> : tensor<2xf32>
  return %0 : tensor<2xf32>
}


func.func @identity(%x: tensor<?x3xf32>, %b: tensor<i1>)
    -> (tensor<?x3xf32>, tensor<i1>) {
  %0 = graph.identity %x : tensor<?x3xf32>
  %1 = graph.identity %b : tensor<i1>
  return %0, %1 : tensor<?x3xf32>, tensor<i1>
}


func.func @add(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %s: tensor<f32>)
    -> (tensor<2x3xf32>, tensor<f32>) {
  %0 = graph.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %1 = graph.add %s, %0 : (tensor<f32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = graph.add %s, %s : (tensor<f32>, tensor<f32>) -> tensor<f32>
  return %1, %2 : tensor<2x3xf32>, tensor<f32>
}

func.func @add_dynamic(%a: tensor<?x3xf32>, %b: tensor<1x3xf32>,
                       %c: tensor<4x1xf32>)
    -> (tensor<?x3xf32>, tensor<4x3xf32>, tensor<5x3xf32>) {
  %0 = graph.add %a, %b : (tensor<?x3xf32>, tensor<1x3xf32>) -> tensor<?x3xf32>
  %1 = graph.add %a, %c : (tensor<?x3xf32>, tensor<4x1xf32>) -> tensor<4x3xf32>
  %2 = graph.add %a, %b : (tensor<?x3xf32>, tensor<1x3xf32>) -> tensor<5x3xf32>
  return %0, %1, %2 : tensor<?x3xf32>, tensor<4x3xf32>, tensor<5x3xf32>
}

func.func @sub(%a: tensor<2x1x4xi64>, %b: tensor<3x1xi64>) -> tensor<2x3x4xi64> {
  %0 = graph.sub %a, %b : (tensor<2x1x4xi64>, tensor<3x1xi64>) -> tensor<2x3x4xi64>
  return %0 : tensor<2x3x4xi64>
}

func.func @mul(%a: tensor<8x?xf16>, %b: tensor<f16>) -> tensor<8x?xf16> {
  %0 = graph.mul %a, %b : (tensor<8x?xf16>, tensor<f16>) -> tensor<8x?xf16>
  return %0 : tensor<8x?xf16>
}

func.func @div(%a: tensor<4xui8>, %b: tensor<1xui8>, %x: tensor<2x2xf64>)
    -> (tensor<4xui8>, tensor<2x2xf64>) {
  %0 = graph.div %a, %b : (tensor<4xui8>, tensor<1xui8>) -> tensor<4xui8>
  %1 = graph.div %x, %x : (tensor<2x2xf64>, tensor<2x2xf64>) -> tensor<2x2xf64>
  return %0, %1 : tensor<4xui8>, tensor<2x2xf64>
}

func.func @max_min(%a: tensor<i32>, %b: tensor<3xi32>, %p: tensor<2xi1>)
    -> (tensor<3xi32>, tensor<i32>, tensor<2xi1>) {
  %0 = graph.max %a, %b : (tensor<i32>, tensor<3xi32>) -> tensor<3xi32>
  %1 = graph.min %0, %a : (tensor<3xi32>, tensor<i32>) -> tensor<3xi32>
  %2 = graph.max %a, %a : (tensor<i32>, tensor<i32>) -> tensor<i32>
  %3 = graph.min %p, %p : (tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
  return %1, %2, %3 : tensor<3xi32>, tensor<i32>, tensor<2xi1>
}

func.func @pow(%x: tensor<4xf32>, %e: tensor<f32>, %n: tensor<2x1xi64>)
    -> (tensor<4xf32>, tensor<2x4xf32>) {
  %0 = graph.pow %x, %e : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %1 = graph.pow %x, %n : (tensor<4xf32>, tensor<2x1xi64>) -> tensor<2x4xf32>
  return %0, %1 : tensor<4xf32>, tensor<2x4xf32>
}


func.func @compare(%a: tensor<2x3xf32>, %b: tensor<2x1xf32>, %i: tensor<?xi64>,
                   %p: tensor<2xi1>, %u: tensor<ui8>)
    -> (tensor<2x3xi1>, tensor<2x3xi1>, tensor<?xi1>, tensor<2xi1>, tensor<i1>) {
  %0 = graph.equal %a, %b : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xi1>
  %1 = graph.less %a, %b : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xi1>
  %2 = graph.greater %i, %i : (tensor<?xi64>, tensor<?xi64>) -> tensor<?xi1>
  %3 = graph.equal %p, %p : (tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
  %4 = graph.less %u, %u : (tensor<ui8>, tensor<ui8>) -> tensor<i1>
  return %0, %1, %2, %3, %4
      : tensor<2x3xi1>, tensor<2x3xi1>, tensor<?xi1>, tensor<2xi1>, tensor<i1>
}

func.func @where(%c: tensor<2x1xi1>, %x: tensor<2x3xf32>, %y: tensor<f32>,
                 %d: tensor<?xi1>, %i: tensor<4xi64>, %s: tensor<i1>)
    -> (tensor<2x3xf32>, tensor<4xi64>, tensor<f32>, tensor<2x?xi1>) {
  %0 = graph.where %c, %x, %y
      : (tensor<2x1xi1>, tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %1 = graph.where %d, %i, %i
      : (tensor<?xi1>, tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  %2 = graph.where %s, %y, %y : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
  %3 = graph.where %c, %s, %d
      : (tensor<2x1xi1>, tensor<i1>, tensor<?xi1>) -> tensor<2x?xi1>
  return %0, %1, %2, %3 : tensor<2x3xf32>, tensor<4xi64>, tensor<f32>, tensor<2x?xi1>
}


func.func @unary_any(%f: tensor<2x?xf32>, %i: tensor<4xi64>, %h: tensor<f16>,
                     %b: tensor<3xi8>)
    -> (tensor<2x?xf32>, tensor<4xi64>, tensor<4xi64>, tensor<f16>,
        tensor<2x?xf32>, tensor<3xi8>) {
  %0 = graph.neg %f : tensor<2x?xf32>
  %1 = graph.neg %i : tensor<4xi64>
  %2 = graph.abs %i : tensor<4xi64>
  %3 = graph.abs %h : tensor<f16>
  %4 = graph.relu %f : tensor<2x?xf32>
  %5 = graph.relu %b : tensor<3xi8>
  return %0, %1, %2, %3, %4, %5 : tensor<2x?xf32>, tensor<4xi64>, tensor<4xi64>,
                                  tensor<f16>, tensor<2x?xf32>, tensor<3xi8>
}

func.func @unary_float(%f: tensor<2x3xf32>, %d: tensor<?xf64>, %h: tensor<f16>,
                       %bf: tensor<8xbf16>)
    -> (tensor<2x3xf32>, tensor<?xf64>, tensor<f16>, tensor<2x3xf32>,
        tensor<?xf64>, tensor<2x3xf32>, tensor<8xbf16>, tensor<8xbf16>,
        tensor<f16>) {
  %0 = graph.sqrt %f : tensor<2x3xf32>
  %1 = graph.sqrt %d : tensor<?xf64>
  %2 = graph.reciprocal %h : tensor<f16>
  %3 = graph.exp %f : tensor<2x3xf32>
  %4 = graph.log %d : tensor<?xf64>
  %5 = graph.erf %f : tensor<2x3xf32>
  %6 = graph.tanh %bf : tensor<8xbf16>
  %7 = graph.sigmoid %bf : tensor<8xbf16>
  %8 = graph.hard_swish %h : tensor<f16>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8
      : tensor<2x3xf32>, tensor<?xf64>, tensor<f16>, tensor<2x3xf32>,
        tensor<?xf64>, tensor<2x3xf32>, tensor<8xbf16>, tensor<8xbf16>,
        tensor<f16>
}

func.func @not(%p: tensor<2x?xi1>, %s: tensor<i1>) -> (tensor<2x?xi1>, tensor<i1>) {
  %0 = graph.not %p : tensor<2x?xi1>
  %1 = graph.not %s : tensor<i1>
  return %0, %1 : tensor<2x?xi1>, tensor<i1>
}

func.func @leaky_relu(%x: tensor<2x3xf32>, %h: tensor<?xf16>)
    -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<?xf16>, tensor<2x3xf32>) {
  %0 = graph.leaky_relu %x : tensor<2x3xf32>
  %1 = graph.leaky_relu %x {alpha = 0.1 : f32} : tensor<2x3xf32>
  %2 = graph.leaky_relu %h {alpha = 0.25 : f32} : tensor<?xf16>
  %3 = graph.leaky_relu %x {alpha = 0.00999999977 : f32} : tensor<2x3xf32>
  return %0, %1, %2, %3 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<?xf16>, tensor<2x3xf32>
}

func.func @hard_sigmoid(%x: tensor<8xf32>)
    -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) {
  %0 = graph.hard_sigmoid %x : tensor<8xf32>
  %1 = graph.hard_sigmoid %x {alpha = 0.125 : f32} : tensor<8xf32>
  %2 = graph.hard_sigmoid %x {beta = 0.25 : f32} : tensor<8xf32>
  %3 = graph.hard_sigmoid %x {beta = 0.25 : f32, alpha = 0.125 : f32} : tensor<8xf32>
  return %0, %1, %2, %3 : tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
}

func.func @gelu(%x: tensor<2x768xf32>, %h: tensor<?x?xf16>)
    -> (tensor<2x768xf32>, tensor<2x768xf32>, tensor<2x768xf32>, tensor<?x?xf16>) {
  %0 = graph.gelu %x : tensor<2x768xf32>
  %1 = graph.gelu %x {approximate = "tanh"} : tensor<2x768xf32>
  %2 = graph.gelu %x {approximate = "none"} : tensor<2x768xf32>
  %3 = graph.gelu %h {approximate = "tanh"} : tensor<?x?xf16>
  return %0, %1, %2, %3
      : tensor<2x768xf32>, tensor<2x768xf32>, tensor<2x768xf32>, tensor<?x?xf16>
}


func.func @clip(%x: tensor<4xf32>, %lo: tensor<f32>, %hi: tensor<1xf32>,
                %i: tensor<?x2xi64>, %ilo: tensor<1x1xi64>, %ihi: tensor<i64>)
    -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<?x2xi64>,
        tensor<4xf32>) {
  %0 = graph.clip %x : (tensor<4xf32>) -> tensor<4xf32>
  %1 = graph.clip %x, min = %lo : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %2 = graph.clip %x, min = %lo, max = %hi
      : (tensor<4xf32>, tensor<f32>, tensor<1xf32>) -> tensor<4xf32>
  %3 = graph.clip %i, min = %ilo, max = %ihi
      : (tensor<?x2xi64>, tensor<1x1xi64>, tensor<i64>) -> tensor<?x2xi64>
  %4 = graph.clip %x, max = %hi : (tensor<4xf32>, tensor<1xf32>) -> tensor<4xf32>
  return %0, %1, %2, %3, %4
      : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<?x2xi64>, tensor<4xf32>
}


func.func @cast(%f: tensor<2x3xf32>, %i: tensor<?xi64>, %p: tensor<i1>,
                %u: tensor<4xui8>)
    -> (tensor<2x3xi64>, tensor<2x3xf16>, tensor<2x3xi1>, tensor<2x3xf32>,
        tensor<?xf32>, tensor<?xui8>, tensor<f64>, tensor<4xbf16>,
        tensor<4xi32>) {
  %0 = graph.cast %f {to = i64} : (tensor<2x3xf32>) -> tensor<2x3xi64>
  %1 = graph.cast %f {to = f16} : (tensor<2x3xf32>) -> tensor<2x3xf16>
  %2 = graph.cast %f {to = i1} : (tensor<2x3xf32>) -> tensor<2x3xi1>
  %3 = graph.cast %f {to = f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %4 = graph.cast %i {to = f32} : (tensor<?xi64>) -> tensor<?xf32>
  %5 = graph.cast %i {to = ui8} : (tensor<?xi64>) -> tensor<?xui8>
  %6 = graph.cast %p {to = f64} : (tensor<i1>) -> tensor<f64>
  %7 = graph.cast %u {to = bf16} : (tensor<4xui8>) -> tensor<4xbf16>
  %8 = graph.cast %u {to = i32} : (tensor<4xui8>) -> tensor<4xi32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8
      : tensor<2x3xi64>, tensor<2x3xf16>, tensor<2x3xi1>, tensor<2x3xf32>,
        tensor<?xf32>, tensor<?xui8>, tensor<f64>, tensor<4xbf16>,
        tensor<4xi32>
}

{-#
  dialect_resources: {
    builtin: {
      weight: "0x040000000000803F00000040"
    }
  }
#-}
