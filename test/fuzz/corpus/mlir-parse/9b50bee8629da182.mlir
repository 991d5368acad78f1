func.func @reshape_zero_and_minus_one(%x: tensor<2x3x4xf32>) -> tensor<2x12xf32> {
  %s = graph.constant dense<[0, -1]> : tensor<2xi64>
  %0 = graph.reshape %x, %s : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<2x12xf32>
  return %0 : tensor<2x12xf32>
}

func.func @reshape_minus_one_first(%x: tensor<2x3x4xf32>) -> tensor<4x3x2xf32> {
  %s = graph.constant dense<[-1, 0, 2]> : tensor<3xi64>
  %0 = graph.reshape %x, %s : (tensor<2x3x4xf32>, tensor<3xi64>) -> tensor<4x3x2xf32>
  return %0 : tensor<4x3x2xf32>
}

func.func @reshape_allowzero(%x: tensor<0x3xf32>) -> tensor<3x0xf32> {
  %s = graph.constant dense<[3, 0]> : tensor<2xi64>
  %0 = graph.reshape %x, %s {allowzero = true} : (tensor<0x3xf32>, tensor<2xi64>) -> tensor<3x0xf32>
  return %0 : tensor<3x0xf32>
}

func.func @reshape_allowzero_no_zero(%x: tensor<2x3xi32>) -> tensor<3x2xi32> {
  %s = graph.constant dense<[3, -1]> : tensor<2xi64>
  %0 = graph.reshape %x, %s {allowzero = true} : (tensor<2x3xi32>, tensor<2xi64>) -> tensor<3x2xi32>
  return %0 : tensor<3x2xi32>
}

func.func @reshape_dynamic_shape(%x: tensor<2x3x4xf32>, %s: tensor<3xi64>) -> tensor<?x?x?xf32> {
  %0 = graph.reshape %x, %s : (tensor<2x3x4xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  return %0 : tensor<?x?x?xf32>
}

func.func @reshape_dynamic_input(%x: tensor<?x4xf32>) -> (tensor<?x2x2xf32>, tensor<?x2xf32>) {
  %s0 = graph.constant dense<[0, 2, 2]> : tensor<3xi64>
  %0 = graph.reshape %x, %s0 : (tensor<?x4xf32>, tensor<3xi64>) -> tensor<?x2x2xf32>
  %s1 = graph.constant dense<[-1, 2]> : tensor<2xi64>
  %1 = graph.reshape %x, %s1 : (tensor<?x4xf32>, tensor<2xi64>) -> tensor<?x2xf32>
  return %0, %1 : tensor<?x2x2xf32>, tensor<?x2xf32>
}

func.func @reshape_to_scalar(%x: tensor<1x1xf32>) -> tensor<f32> {
  %s = graph.constant dense<> : tensor<0xi64>
  %0 = graph.reshape %x, %s : (tensor<1x1xf32>, tensor<0xi64>) -> tensor<f32>
  return %0 : tensor<f32>
}


func.func @transpose_perm(%x: tensor<2x3x4xf32>) -> tensor<2x4x3xf32> {
  %0 = graph.transpose %x {perm = array<i64: 0, 2, 1>} : (tensor<2x3x4xf32>) -> tensor<2x4x3xf32>
  return %0 : tensor<2x4x3xf32>
}

func.func @transpose_no_perm(%x: tensor<2x3x4xf32>) -> tensor<4x3x2xf32> {
  %0 = graph.transpose %x : (tensor<2x3x4xf32>) -> tensor<4x3x2xf32>
  return %0 : tensor<4x3x2xf32>
}

func.func @transpose_dynamic(%x: tensor<?x5x6xi64>) -> tensor<5x6x?xi64> {
  %0 = graph.transpose %x {perm = array<i64: 1, 2, 0>} : (tensor<?x5x6xi64>) -> tensor<5x6x?xi64>
  return %0 : tensor<5x6x?xi64>
}


func.func @flatten(%x: tensor<2x3x4xf32>)
    -> (tensor<1x24xf32>, tensor<2x12xf32>, tensor<24x1xf32>, tensor<6x4xf32>, tensor<1x24xf32>) {
  %0 = graph.flatten %x {axis = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<1x24xf32>
  %1 = graph.flatten %x : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
  %2 = graph.flatten %x {axis = 3 : i64} : (tensor<2x3x4xf32>) -> tensor<24x1xf32>
  %3 = graph.flatten %x {axis = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
  %4 = graph.flatten %x {axis = -3 : i64} : (tensor<2x3x4xf32>) -> tensor<1x24xf32>
  return %0, %1, %2, %3, %4
      : tensor<1x24xf32>, tensor<2x12xf32>, tensor<24x1xf32>, tensor<6x4xf32>, tensor<1x24xf32>
}

func.func @flatten_default_and_dynamic(%x: tensor<?x3x4xf32>, %s: tensor<f32>)
    -> (tensor<?x12xf32>, tensor<?x4xf32>, tensor<1x1xf32>) {
  %0 = graph.flatten %x {axis = 1 : i64} : (tensor<?x3x4xf32>) -> tensor<?x12xf32>
  %1 = graph.flatten %x {axis = 2 : i64} : (tensor<?x3x4xf32>) -> tensor<?x4xf32>
  %2 = graph.flatten %s {axis = 0 : i64} : (tensor<f32>) -> tensor<1x1xf32>
  return %0, %1, %2 : tensor<?x12xf32>, tensor<?x4xf32>, tensor<1x1xf32>
}


func.func @squeeze(%x: tensor<1x3x1x4xf32>) -> (tensor<3x4xf32>, tensor<3x4xf32>, tensor<1x3x4xf32>) {
  %0 = graph.squeeze %x {axes = array<i64: 0, 2>} : (tensor<1x3x1x4xf32>) -> tensor<3x4xf32>
  %1 = graph.squeeze %x : (tensor<1x3x1x4xf32>) -> tensor<3x4xf32>
  %2 = graph.squeeze %x {axes = array<i64: -2>} : (tensor<1x3x1x4xf32>) -> tensor<1x3x4xf32>
  return %0, %1, %2 : tensor<3x4xf32>, tensor<3x4xf32>, tensor<1x3x4xf32>
}

func.func @squeeze_dynamic(%x: tensor<1x?x1xf32>) -> (tensor<?xf32>, tensor<1x1xf32>) {
  %0 = graph.squeeze %x : (tensor<1x?x1xf32>) -> tensor<?xf32>
  %1 = graph.squeeze %x {axes = array<i64: 1>} : (tensor<1x?x1xf32>) -> tensor<1x1xf32>
  return %0, %1 : tensor<?xf32>, tensor<1x1xf32>
}

func.func @unsqueeze(%x: tensor<3x4xf32>)
    -> (tensor<1x3x4x1xf32>, tensor<1x3x4x1xf32>, tensor<3x1x1x4xf32>, tensor<3x4x1xf32>) {
  %0 = graph.unsqueeze %x {axes = array<i64: 0, 3>} : (tensor<3x4xf32>) -> tensor<1x3x4x1xf32>
  %1 = graph.unsqueeze %x {axes = array<i64: -1, 0>} : (tensor<3x4xf32>) -> tensor<1x3x4x1xf32>
  %2 = graph.unsqueeze %x {axes = array<i64: 1, -2>} : (tensor<3x4xf32>) -> tensor<3x1x1x4xf32>
  %3 = graph.unsqueeze %x {axes = array<i64: -1>} : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
  return %0, %1, %2, %3 : tensor<1x3x4x1xf32>, tensor<1x3x4x1xf32>, tensor<3x1x1x4xf32>, tensor<3x4x1xf32>
}

func.func @unsqueeze_scalar_and_dynamic(%s: tensor<i64>, %x: tensor<?x2xi64>) -> (tensor<1xi64>, tensor<1x?x2xi64>) {
  %0 = graph.unsqueeze %s {axes = array<i64: 0>} : (tensor<i64>) -> tensor<1xi64>
  %1 = graph.unsqueeze %x {axes = array<i64: -3>} : (tensor<?x2xi64>) -> tensor<1x?x2xi64>
  return %0, %1 : tensor<1xi64>, tensor<1x?x2xi64>
}


func.func @concat(%a: tensor<2x3xf32>, %b: tensor<2x5xf32>, %c: tensor<2x1xf32>, %d: tensor<4x3xf32>)
    -> (tensor<2x3xf32>, tensor<2x9xf32>, tensor<2x8xf32>, tensor<6x3xf32>) {
  %0 = graph.concat %a {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = graph.concat %a, %b, %c {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x5xf32>, tensor<2x1xf32>) -> tensor<2x9xf32>
  %2 = graph.concat %a, %b {axis = -1 : i64} : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
  %3 = graph.concat %a, %d {axis = -2 : i64} : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<6x3xf32>
  return %0, %1, %2, %3 : tensor<2x3xf32>, tensor<2x9xf32>, tensor<2x8xf32>, tensor<6x3xf32>
}

func.func @concat_dynamic(%a: tensor<?x3xi64>, %b: tensor<2x3xi64>, %c: tensor<2x?xi64>)
    -> (tensor<?x3xi64>, tensor<2x?xi64>) {
  %0 = graph.concat %a, %b {axis = 0 : i64} : (tensor<?x3xi64>, tensor<2x3xi64>) -> tensor<?x3xi64>
  %1 = graph.concat %a, %c {axis = 1 : i64} : (tensor<?x3xi64>, tensor<2x?xi64>) -> tensor<2x?xi64>
  return %0, %1 : tensor<?x3xi64>, tensor<2x?xi64>
}

func.func @split_two(%x: tensor<3x6xf32>) -> (tensor<3x2xf32>, tensor<3x4xf32>) {
  %0:2 = graph.split %x {axis = 1 : i64, split = array<i64: 2, 4>} : (tensor<3x6xf32>) -> (tensor<3x2xf32>, tensor<3x4xf32>)
  return %0#0, %0#1 : tensor<3x2xf32>, tensor<3x4xf32>
}

func.func @split_three(%x: tensor<6x4xf32>)
    -> (tensor<1x4xf32>, tensor<2x4xf32>, tensor<3x4xf32>, tensor<6x0xf32>) {
  %0:3 = graph.split %x {split = array<i64: 1, 2, 3>} : (tensor<6x4xf32>) -> (tensor<1x4xf32>, tensor<2x4xf32>, tensor<3x4xf32>)
  %1:3 = graph.split %x {axis = -1 : i64, split = array<i64: 0, 3, 1>} : (tensor<6x4xf32>) -> (tensor<6x0xf32>, tensor<6x3xf32>, tensor<6x1xf32>)
  return %0#0, %0#1, %0#2, %1#0 : tensor<1x4xf32>, tensor<2x4xf32>, tensor<3x4xf32>, tensor<6x0xf32>
}

func.func @split_dynamic(%x: tensor<?x4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>) {
  %0:2 = graph.split %x {split = array<i64: 2, 2>} : (tensor<?x4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>)
  return %0#0, %0#1 : tensor<2x4xf32>, tensor<2x4xf32>
}


func.func @slice_axes(%x: tensor<4x10xf32>) -> tensor<4x5xf32> {
  %s = graph.constant dense<[0]> : tensor<1xi64>
  %e = graph.constant dense<[5]> : tensor<1xi64>
  %a = graph.constant dense<[1]> : tensor<1xi64>
  %0 = graph.slice %x, %s, %e, axes = %a : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4x5xf32>
  return %0 : tensor<4x5xf32>
}

func.func @slice_negative_start_int64_max_end(%x: tensor<4x10xf32>) -> tensor<4x3xf32> {
  %s = graph.constant dense<[-3]> : tensor<1xi64>
  %e = graph.constant dense<[9223372036854775807]> : tensor<1xi64>
  %a = graph.constant dense<[-1]> : tensor<1xi64>
  %0 = graph.slice %x, %s, %e, axes = %a : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

func.func @slice_negative_steps(%x: tensor<10xi32>) -> (tensor<10xi32>, tensor<5xi32>, tensor<2xi32>) {
  %s = graph.constant dense<[-1]> : tensor<1xi64>
  %e = graph.constant dense<[-9223372036854775808]> : tensor<1xi64>
  %a = graph.constant dense<[0]> : tensor<1xi64>
  %m1 = graph.constant dense<[-1]> : tensor<1xi64>
  %m2 = graph.constant dense<[-2]> : tensor<1xi64>
  %0 = graph.slice %x, %s, %e, axes = %a, steps = %m1 : (tensor<10xi32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<10xi32>
  %1 = graph.slice %x, %s, %e, axes = %a, steps = %m2 : (tensor<10xi32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<5xi32>
  %s8 = graph.constant dense<[8]> : tensor<1xi64>
  %e2 = graph.constant dense<[2]> : tensor<1xi64>
  %m3 = graph.constant dense<[-3]> : tensor<1xi64>
  %2 = graph.slice %x, %s8, %e2, steps = %m3 : (tensor<10xi32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<2xi32>
  return %0, %1, %2 : tensor<10xi32>, tensor<5xi32>, tensor<2xi32>
}

func.func @slice_optional_operands(%x: tensor<4x10xf32>) -> (tensor<2x4xf32>, tensor<2x10xf32>) {
  %s = graph.constant dense<[1, 0]> : tensor<2xi64>
  %e = graph.constant dense<[3, 10]> : tensor<2xi64>
  %k = graph.constant dense<[1, 3]> : tensor<2xi64>
  %0 = graph.slice %x, %s, %e, steps = %k : (tensor<4x10xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<2x4xf32>
  %s1 = graph.constant dense<[1]> : tensor<1xi32>
  %e1 = graph.constant dense<[3]> : tensor<1xi32>
  %1 = graph.slice %x, %s1, %e1 : (tensor<4x10xf32>, tensor<1xi32>, tensor<1xi32>) -> tensor<2x10xf32>
  return %0, %1 : tensor<2x4xf32>, tensor<2x10xf32>
}

func.func @slice_extreme_steps(%x: tensor<10xf32>, %y: tensor<0xf32>) -> (tensor<1xf32>, tensor<1xf32>, tensor<0xf32>) {
  %c0 = graph.constant dense<[0]> : tensor<1xi64>
  %c5 = graph.constant dense<[5]> : tensor<1xi64>
  %max = graph.constant dense<[9223372036854775807]> : tensor<1xi64>
  %min = graph.constant dense<[-9223372036854775808]> : tensor<1xi64>
  %m1 = graph.constant dense<[-1]> : tensor<1xi64>
  %0 = graph.slice %x, %c0, %c5, steps = %max : (tensor<10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<1xf32>
  %1 = graph.slice %x, %c5, %c0, steps = %min : (tensor<10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<1xf32>
  %2 = graph.slice %y, %c5, %c0, steps = %m1 : (tensor<0xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<0xf32>
  return %0, %1, %2 : tensor<1xf32>, tensor<1xf32>, tensor<0xf32>
}

func.func @slice_clamped(%x: tensor<4x10xf32>) -> tensor<2x0xf32> {
  %s = graph.constant dense<[20, -20]> : tensor<2xi64>
  %e = graph.constant dense<[30, 2]> : tensor<2xi64>
  %a = graph.constant dense<[1, 0]> : tensor<2xi64>
  %0 = graph.slice %x, %s, %e, axes = %a : (tensor<4x10xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<2x0xf32>
  return %0 : tensor<2x0xf32>
}

func.func @slice_dynamic(%x: tensor<4x10xf32>, %s: tensor<1xi64>, %a: tensor<1xi64>, %y: tensor<?x10xf32>)
    -> (tensor<4x?xf32>, tensor<?x?xf32>, tensor<?x10xf32>) {
  %e = graph.constant dense<[5]> : tensor<1xi64>
  %one = graph.constant dense<[1]> : tensor<1xi64>
  %0 = graph.slice %x, %s, %e, axes = %one : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4x?xf32>
  %1 = graph.slice %x, %one, %e, axes = %a : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x?xf32>
  %2 = graph.slice %y, %one, %e : (tensor<?x10xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x10xf32>
  return %0, %1, %2 : tensor<4x?xf32>, tensor<?x?xf32>, tensor<?x10xf32>
}


func.func @gather(%d: tensor<30x8xf32>, %i: tensor<2x3xi64>, %e: tensor<3x4x5xf32>, %j: tensor<i64>, %k: tensor<2x2xi32>)
    -> (tensor<2x3x8xf32>, tensor<3x5xf32>, tensor<3x4x2x2xf32>, tensor<8xf32>, tensor<3x2x3x5xf32>) {
  %0 = graph.gather %d, %i {axis = 0 : i64} : (tensor<30x8xf32>, tensor<2x3xi64>) -> tensor<2x3x8xf32>
  %1 = graph.gather %e, %j {axis = 1 : i64} : (tensor<3x4x5xf32>, tensor<i64>) -> tensor<3x5xf32>
  %2 = graph.gather %e, %k {axis = -1 : i64} : (tensor<3x4x5xf32>, tensor<2x2xi32>) -> tensor<3x4x2x2xf32>
  %3 = graph.gather %d, %j : (tensor<30x8xf32>, tensor<i64>) -> tensor<8xf32>
  %4 = graph.gather %e, %i {axis = 1 : i64} : (tensor<3x4x5xf32>, tensor<2x3xi64>) -> tensor<3x2x3x5xf32>
  return %0, %1, %2, %3, %4 : tensor<2x3x8xf32>, tensor<3x5xf32>, tensor<3x4x2x2xf32>, tensor<8xf32>, tensor<3x2x3x5xf32>
}

func.func @gather_dynamic(%d: tensor<?x7xf32>, %i: tensor<?xi64>) -> tensor<?x?xf32> {
  %0 = graph.gather %d, %i {axis = 1 : i64} : (tensor<?x7xf32>, tensor<?xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}


func.func @expand(%a: tensor<4x1xf32>, %b: tensor<2x1x3xf32>, %c: tensor<3x1xf32>)
    -> (tensor<2x4x3xf32>, tensor<2x4x3xf32>, tensor<3x4xf32>) {
  %s0 = graph.constant dense<[2, 1, 3]> : tensor<3xi64>
  %0 = graph.expand %a, %s0 : (tensor<4x1xf32>, tensor<3xi64>) -> tensor<2x4x3xf32>
  %s1 = graph.constant dense<[4, 1]> : tensor<2xi64>
  %1 = graph.expand %b, %s1 : (tensor<2x1x3xf32>, tensor<2xi64>) -> tensor<2x4x3xf32>
  %s2 = graph.constant dense<[1, 4]> : tensor<2xi64>
  %2 = graph.expand %c, %s2 : (tensor<3x1xf32>, tensor<2xi64>) -> tensor<3x4xf32>
  return %0, %1, %2 : tensor<2x4x3xf32>, tensor<2x4x3xf32>, tensor<3x4xf32>
}

func.func @expand_dynamic(%a: tensor<4x1xf32>, %s: tensor<3xi64>, %t: tensor<1xi64>, %y: tensor<?x?xf32>)
    -> (tensor<?x?x?xf32>, tensor<?x?xf32>, tensor<?x4xf32>) {
  %0 = graph.expand %a, %s : (tensor<4x1xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  %1 = graph.expand %a, %t : (tensor<4x1xf32>, tensor<1xi64>) -> tensor<?x?xf32>
  %c = graph.constant dense<[1, 4]> : tensor<2xi64>
  %2 = graph.expand %y, %c : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<?x4xf32>
  return %0, %1, %2 : tensor<?x?x?xf32>, tensor<?x?xf32>, tensor<?x4xf32>
}

func.func @tile(%x: tensor<2x3xf32>, %y: tensor<?x3xf32>, %r: tensor<2xi64>)
    -> (tensor<2x6xf32>, tensor<6x0xf32>, tensor<?x6xf32>, tensor<?x?xf32>) {
  %r0 = graph.constant dense<[1, 2]> : tensor<2xi64>
  %0 = graph.tile %x, %r0 : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<2x6xf32>
  %r1 = graph.constant dense<[3, 0]> : tensor<2xi64>
  %1 = graph.tile %x, %r1 : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<6x0xf32>
  %2 = graph.tile %y, %r0 : (tensor<?x3xf32>, tensor<2xi64>) -> tensor<?x6xf32>
  %3 = graph.tile %x, %r : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0, %1, %2, %3 : tensor<2x6xf32>, tensor<6x0xf32>, tensor<?x6xf32>, tensor<?x?xf32>
}


func.func @pad_constant(%x: tensor<1x3x8x8xf32>, %y: tensor<2x3xf32>) -> (tensor<1x3x10x10xf32>, tensor<5x3xf32>) {
  %p = graph.constant dense<[0, 0, 1, 1, 0, 0, 1, 1]> : tensor<8xi64>
  %0 = graph.pad %x, %p : (tensor<1x3x8x8xf32>, tensor<8xi64>) -> tensor<1x3x10x10xf32>
  %q = graph.constant dense<[1, 0, 2, 0]> : tensor<4xi64>
  %v = graph.constant dense<-1.5> : tensor<f32>
  %1 = graph.pad %y, %q, value = %v {mode = "constant"} : (tensor<2x3xf32>, tensor<4xi64>, tensor<f32>) -> tensor<5x3xf32>
  return %0, %1 : tensor<1x3x10x10xf32>, tensor<5x3xf32>
}

func.func @pad_modes(%x: tensor<1x3x8x8xf32>, %y: tensor<4x4xi64>, %z: tensor<3xf16>)
    -> (tensor<1x3x12x14xf32>, tensor<6x6xi64>, tensor<6xf16>) {
  %p0 = graph.constant dense<[0, 0, 1, 2, 0, 0, 3, 4]> : tensor<8xi64>
  %0 = graph.pad %x, %p0 {mode = "reflect"} : (tensor<1x3x8x8xf32>, tensor<8xi64>) -> tensor<1x3x12x14xf32>
  %p1 = graph.constant dense<1> : tensor<4xi64>
  %1 = graph.pad %y, %p1 {mode = "edge"} : (tensor<4x4xi64>, tensor<4xi64>) -> tensor<6x6xi64>
  %p2 = graph.constant dense<[2, 1]> : tensor<2xi64>
  %2 = graph.pad %z, %p2 {mode = "wrap"} : (tensor<3xf16>, tensor<2xi64>) -> tensor<6xf16>
  return %0, %1, %2 : tensor<1x3x12x14xf32>, tensor<6x6xi64>, tensor<6xf16>
}

func.func @pad_axes_and_crop(%x: tensor<1x3x8x8xf32>, %y: tensor<5x5xf32>)
    -> (tensor<1x3x10x10xf32>, tensor<1x3x8x13xf32>, tensor<2x6xf32>) {
  %a0 = graph.constant dense<[2, 3]> : tensor<2xi64>
  %p0 = graph.constant dense<[1, 1, 1, 1]> : tensor<4xi64>
  %0 = graph.pad %x, %p0, axes = %a0 : (tensor<1x3x8x8xf32>, tensor<4xi64>, tensor<2xi64>) -> tensor<1x3x10x10xf32>
  %a1 = graph.constant dense<[-1]> : tensor<1xi32>
  %p1 = graph.constant dense<[2, 3]> : tensor<2xi64>
  %v = graph.constant dense<0.0> : tensor<1xf32>
  %1 = graph.pad %x, %p1, value = %v, axes = %a1 : (tensor<1x3x8x8xf32>, tensor<2xi64>, tensor<1xf32>, tensor<1xi32>) -> tensor<1x3x8x13xf32>
  %p2 = graph.constant dense<[-1, 0, -2, 1]> : tensor<4xi64>
  %2 = graph.pad %y, %p2 : (tensor<5x5xf32>, tensor<4xi64>) -> tensor<2x6xf32>
  return %0, %1, %2 : tensor<1x3x10x10xf32>, tensor<1x3x8x13xf32>, tensor<2x6xf32>
}

func.func @pad_dynamic(%x: tensor<2x3xf32>, %p: tensor<4xi64>, %q: tensor<2xi64>, %a: tensor<1xi64>, %y: tensor<?x3xf32>)
    -> (tensor<?x?xf32>, tensor<2x?xf32>, tensor<?x?xf32>, tensor<?x5xf32>) {
  %0 = graph.pad %x, %p : (tensor<2x3xf32>, tensor<4xi64>) -> tensor<?x?xf32>
  %c1 = graph.constant dense<[1]> : tensor<1xi64>
  %1 = graph.pad %x, %q, axes = %c1 : (tensor<2x3xf32>, tensor<2xi64>, tensor<1xi64>) -> tensor<2x?xf32>
  %c2 = graph.constant dense<[1, 1]> : tensor<2xi64>
  %2 = graph.pad %x, %c2, axes = %a : (tensor<2x3xf32>, tensor<2xi64>, tensor<1xi64>) -> tensor<?x?xf32>
  %c4 = graph.constant dense<[1, 1, 1, 1]> : tensor<4xi64>
  %3 = graph.pad %y, %c4 : (tensor<?x3xf32>, tensor<4xi64>) -> tensor<?x5xf32>
  return %0, %1, %2, %3 : tensor<?x?xf32>, tensor<2x?xf32>, tensor<?x?xf32>, tensor<?x5xf32>
}


func.func @resize_scales(%x: tensor<1x8x4x4xf32>, %y: tensor<1x3x5x5xf32>, %z: tensor<1x1x10x10xf32>)
    -> (tensor<1x8x8x8xf32>, tensor<1x3x2x2xf32>, tensor<1x1x7x15xf32>) {
  %s0 = graph.constant dense<[1.0, 1.0, 2.0, 2.0]> : tensor<4xf32>
  %0 = graph.resize %x, scales = %s0 {mode = "nearest"} : (tensor<1x8x4x4xf32>, tensor<4xf32>) -> tensor<1x8x8x8xf32>
  %s1 = graph.constant dense<[1.0, 1.0, 0.5, 0.5]> : tensor<4xf32>
  %1 = graph.resize %y, scales = %s1 {mode = "linear"} : (tensor<1x3x5x5xf32>, tensor<4xf32>) -> tensor<1x3x2x2xf32>
  %s2 = graph.constant dense<[1.0, 1.0, 0.7, 1.5]> : tensor<4xf32>
  %2 = graph.resize %z, scales = %s2 {mode = "cubic", cubic_coeff_a = -0.5 : f32, exclude_outside = true} : (tensor<1x1x10x10xf32>, tensor<4xf32>) -> tensor<1x1x7x15xf32>
  return %0, %1, %2 : tensor<1x8x8x8xf32>, tensor<1x3x2x2xf32>, tensor<1x1x7x15xf32>
}

func.func @resize_sizes(%x: tensor<1x3x4x4xf32>) -> (tensor<1x3x7x9xf32>, tensor<1x3x7x9xf32>, tensor<1x3x8x8xf32>) {
  %s = graph.constant dense<[1, 3, 7, 9]> : tensor<4xi64>
  %0 = graph.resize %x, sizes = %s {mode = "linear", coordinate_transformation_mode = "align_corners"} : (tensor<1x3x4x4xf32>, tensor<4xi64>) -> tensor<1x3x7x9xf32>
  %roi = graph.constant dense<[0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.5, 0.5]> : tensor<8xf32>
  %1 = graph.resize %x, roi = %roi, sizes = %s {mode = "linear", coordinate_transformation_mode = "tf_crop_and_resize", extrapolation_value = 1.0 : f32} : (tensor<1x3x4x4xf32>, tensor<8xf32>, tensor<4xi64>) -> tensor<1x3x7x9xf32>
  %sc = graph.constant dense<[1.0, 1.0, 2.0, 2.0]> : tensor<4xf32>
  %2 = graph.resize %x, roi = %roi, scales = %sc {coordinate_transformation_mode = "tf_crop_and_resize"} : (tensor<1x3x4x4xf32>, tensor<8xf32>, tensor<4xf32>) -> tensor<1x3x8x8xf32>
  return %0, %1, %2 : tensor<1x3x7x9xf32>, tensor<1x3x7x9xf32>, tensor<1x3x8x8xf32>
}

func.func @resize_attribute_values(%x: tensor<1x1x2x2xf32>, %s: tensor<4xi64>) {
  %0 = graph.resize %x, sizes = %s {coordinate_transformation_mode = "half_pixel", nearest_mode = "round_prefer_floor"} : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  %1 = graph.resize %x, sizes = %s {coordinate_transformation_mode = "half_pixel_symmetric"} : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  %2 = graph.resize %x, sizes = %s {coordinate_transformation_mode = "pytorch_half_pixel"} : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  %3 = graph.resize %x, sizes = %s {coordinate_transformation_mode = "align_corners"} : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  %4 = graph.resize %x, sizes = %s {coordinate_transformation_mode = "asymmetric"} : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  %8 = graph.resize %x, sizes = %s {coordinate_transformation_mode = "tf_half_pixel_for_nn"} : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  %5 = graph.resize %x, sizes = %s {nearest_mode = "round_prefer_ceil"} : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  %6 = graph.resize %x, sizes = %s {nearest_mode = "floor"} : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  %7 = graph.resize %x, sizes = %s {nearest_mode = "ceil"} : (tensor<1x1x2x2xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  return
}

func.func @resize_dynamic(%x: tensor<1x3x4x4xf32>, %sc: tensor<4xf32>, %y: tensor<?x3xf32>)
    -> (tensor<?x?x?x?xf32>, tensor<?x6xf32>) {
  %0 = graph.resize %x, scales = %sc {mode = "linear"} : (tensor<1x3x4x4xf32>, tensor<4xf32>) -> tensor<?x?x?x?xf32>
  %c = graph.constant dense<2.0> : tensor<2xf32>
  %1 = graph.resize %y, scales = %c : (tensor<?x3xf32>, tensor<2xf32>) -> tensor<?x6xf32>
  return %0, %1 : tensor<?x?x?x?xf32>, tensor<?x6xf32>
}


func.func @shape(%x: tensor<2x3x4xf32>, %y: tensor<?x3xf32>, %s: tensor<f32>)
    -> (tensor<3xi64>, tensor<2xi64>, tensor<1xi64>, tensor<2xi64>, tensor<1xi64>, tensor<0xi64>,
        tensor<3xi64>, tensor<2xi64>, tensor<0xi64>) {
  %0 = graph.shape %x : (tensor<2x3x4xf32>) -> tensor<3xi64>
  %1 = graph.shape %x {start = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2xi64>
  %2 = graph.shape %x {start = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<1xi64>
  %3 = graph.shape %x {end = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<2xi64>
  %4 = graph.shape %x {start = 1 : i64, end = 2 : i64} : (tensor<2x3x4xf32>) -> tensor<1xi64>
  %5 = graph.shape %x {start = 2 : i64, end = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<0xi64>
  %6 = graph.shape %x {start = -10 : i64, end = 10 : i64} : (tensor<2x3x4xf32>) -> tensor<3xi64>
  %7 = graph.shape %y : (tensor<?x3xf32>) -> tensor<2xi64>
  %8 = graph.shape %s : (tensor<f32>) -> tensor<0xi64>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8
      : tensor<3xi64>, tensor<2xi64>, tensor<1xi64>, tensor<2xi64>, tensor<1xi64>, tensor<0xi64>,
        tensor<3xi64>, tensor<2xi64>, tensor<0xi64>
}

func.func @range_constant()
    -> (tensor<4xf32>, tensor<4xf32>, tensor<40xf32>, tensor<4xi64>, tensor<2xi64>, tensor<0xi32>) {
  %f0 = graph.constant dense<0.0> : tensor<f32>
  %f1 = graph.constant dense<1.0> : tensor<f32>
  %fq = graph.constant dense<0.25> : tensor<f32>
  %0 = graph.range %f0, %f1, %fq : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
  %f03 = graph.constant dense<0.3> : tensor<f32>
  %f01 = graph.constant dense<0.1> : tensor<f32>
  %1 = graph.range %f0, %f03, %f01 : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
  %fm2 = graph.constant dense<-2.0> : tensor<f32>
  %f19 = graph.constant dense<1.9> : tensor<f32>
  %2 = graph.range %fm2, %f19, %f01 : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<40xf32>
  %i0 = graph.constant dense<0> : tensor<i64>
  %i10 = graph.constant dense<10> : tensor<i64>
  %i3 = graph.constant dense<3> : tensor<i64>
  %3 = graph.range %i0, %i10, %i3 : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<4xi64>
  %i4 = graph.constant dense<4> : tensor<i64>
  %im3 = graph.constant dense<-3> : tensor<i64>
  %4 = graph.range %i10, %i4, %im3 : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<2xi64>
  %j5 = graph.constant dense<5> : tensor<i32>
  %j1 = graph.constant dense<1> : tensor<i32>
  %5 = graph.range %j5, %j1, %j1 : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<0xi32>
  return %0, %1, %2, %3, %4, %5 : tensor<4xf32>, tensor<4xf32>, tensor<40xf32>, tensor<4xi64>, tensor<2xi64>, tensor<0xi32>
}

func.func @range_dynamic(%s: tensor<f32>, %l: tensor<f32>, %d: tensor<i64>) -> (tensor<?xf32>, tensor<?xi64>) {
  %one = graph.constant dense<1.0> : tensor<f32>
  %0 = graph.range %s, %l, %one : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
  %i0 = graph.constant dense<0> : tensor<i64>
  %i9 = graph.constant dense<9> : tensor<i64>
  %1 = graph.range %i0, %i9, %d : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  return %0, %1 : tensor<?xf32>, tensor<?xi64>
}
