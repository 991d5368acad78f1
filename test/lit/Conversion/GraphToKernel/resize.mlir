// RUN: dlc-opt %s --convert-graph-to-kernel | FileCheck %s

// graph.resize is one generic over the output. Per resized dim the body maps
// the output index to an input coordinate in f64, takes the taps around it
// with their weights, and sums tap values times weights; dims that keep
// their size with scale 1 read their own index.

// nearest, asymmetric, nearest_mode floor: x_ori = x / scale, floored and
// clamped into the input; a single read, no arithmetic on the value.
// CHECK-LABEL: func.func @nearest_floor_asymmetric
// CHECK-DAG:     %[[S3:.*]] = arith.constant 2.500000e+00 : f64
// CHECK-DAG:     %[[S2:.*]] = arith.constant 2.000000e+00 : f64
// CHECK-DAG:     %[[ZERO:.*]] = arith.constant 0.000000e+00 : f64
// CHECK-DAG:     %[[ONE:.*]] = arith.constant 1.000000e+00 : f64
// CHECK:         kernel.generic outs(%{{.*}} : tensor<1x1x4x7xf32>)
// CHECK:           %[[N:.*]] = kernel.index 0 : index
// CHECK:           %[[C:.*]] = kernel.index 1 : index
// CHECK:           %[[H:.*]] = kernel.index 2 : index
// CHECK:           %[[HI:.*]] = arith.index_cast %[[H]] : index to i64
// CHECK:           %[[HF:.*]] = arith.sitofp %[[HI]] : i64 to f64
// CHECK:           %[[HO:.*]] = arith.divf %[[HF]], %[[S2]] : f64
// CHECK:           %[[HR:.*]] = math.floor %[[HO]] : f64
// CHECK:           %[[HLO:.*]] = arith.maxnumf %[[HR]], %[[ZERO]] : f64
// CHECK:           %[[HHI:.*]] = arith.minnumf %[[HLO]], %[[ONE]] : f64
// CHECK:           %[[H64:.*]] = arith.fptosi %[[HHI]] : f64 to i64
// CHECK:           %[[HIDX:.*]] = arith.index_cast %[[H64]] : i64 to index
// CHECK:           %[[W:.*]] = kernel.index 3 : index
// CHECK:           arith.divf %{{.*}}, %[[S3]] : f64
// CHECK:           math.floor
// CHECK:           %[[WIDX:.*]] = arith.index_cast %{{.*}} : i64 to index
// CHECK:           %[[V:.*]] = tensor.extract %{{.*}}[%[[N]], %[[C]], %[[HIDX]], %[[WIDX]]] : tensor<1x1x2x3xf32>
// CHECK:           kernel.yield %[[V]] : f32
func.func @nearest_floor_asymmetric(%x: tensor<1x1x2x3xf32>) -> tensor<1x1x4x7xf32> {
  %s = graph.constant dense<[1.0, 1.0, 2.0, 2.5]> : tensor<4xf32>
  %0 = graph.resize %x, scales = %s {nearest_mode = "floor", coordinate_transformation_mode = "asymmetric"} : (tensor<1x1x2x3xf32>, tensor<4xf32>) -> tensor<1x1x4x7xf32>
  return %0 : tensor<1x1x4x7xf32>
}

// The default round_prefer_floor rounds with ceil(x_ori - 1/2).
// CHECK-LABEL: func.func @nearest_round_prefer_floor
// CHECK:           %[[HALF:.*]] = arith.subf %{{.*}}, %{{.*}} : f64
// CHECK:           %[[X:.*]] = arith.subf %[[HALF]], %{{.*}} : f64
// CHECK:           math.ceil %[[X]] : f64
func.func @nearest_round_prefer_floor(%x: tensor<4xf32>) -> tensor<6xf32> {
  %s = graph.constant dense<[6]> : tensor<1xi64>
  %0 = graph.resize %x, sizes = %s : (tensor<4xf32>, tensor<1xi64>) -> tensor<6xf32>
  return %0 : tensor<6xf32>
}

// linear, half_pixel, with sizes (scale 6 / 3 = 2): x_ori = (x + 0.5) / 2 -
// 0.5, base = ceil(x_ori) - 1, ratio = x_ori - base; the taps base and base
// + 1 (clamped) weigh 1 - ratio and ratio; the sum is in f64.
// CHECK-LABEL: func.func @linear_half_pixel
// CHECK-DAG:     %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG:     %[[C1:.*]] = arith.constant 1 : index
// CHECK-DAG:     %[[C2:.*]] = arith.constant 2 : index
// CHECK-DAG:     %[[ONE:.*]] = arith.constant 1.000000e+00 : f64
// CHECK-DAG:     %[[HALF:.*]] = arith.constant 5.000000e-01 : f64
// CHECK-DAG:     %[[TWO:.*]] = arith.constant 2.000000e+00 : f64
// CHECK:         kernel.generic outs(%{{.*}} : tensor<1x1x2x6xf32>)
// CHECK:           %[[H:.*]] = kernel.index 2 : index
// CHECK:           %[[W:.*]] = kernel.index 3 : index
// CHECK:           %[[WF:.*]] = arith.sitofp %{{.*}} : i64 to f64
// CHECK:           %[[A:.*]] = arith.addf %[[WF]], %[[HALF]] : f64
// CHECK:           %[[B:.*]] = arith.divf %[[A]], %[[TWO]] : f64
// CHECK:           %[[XO:.*]] = arith.subf %[[B]], %[[HALF]] : f64
// CHECK:           %[[CEIL:.*]] = math.ceil %[[XO]] : f64
// CHECK:           %[[BASE:.*]] = arith.subf %[[CEIL]], %[[ONE]] : f64
// CHECK:           %[[R:.*]] = arith.subf %[[XO]], %[[BASE]] : f64
// CHECK:           %[[R1:.*]] = arith.subf %[[ONE]], %[[R]] : f64
// CHECK:           %[[I:.*]] = arith.index_cast %{{.*}} : i64 to index
// CHECK:           %[[I0LO:.*]] = arith.maxsi %[[I]], %[[C0]] : index
// CHECK:           %[[I0:.*]] = arith.minsi %[[I0LO]], %[[C2]] : index
// CHECK:           %[[NEXT:.*]] = arith.addi %[[I]], %[[C1]] : index
// CHECK:           %[[I1LO:.*]] = arith.maxsi %[[NEXT]], %[[C0]] : index
// CHECK:           %[[I1:.*]] = arith.minsi %[[I1LO]], %[[C2]] : index
// CHECK:           %[[V0:.*]] = tensor.extract %{{.*}}[%{{.*}}, %{{.*}}, %[[H]], %[[I0]]] : tensor<1x1x2x3xf32>
// CHECK:           %[[E0:.*]] = arith.extf %[[V0]] : f32 to f64
// CHECK:           %[[T0:.*]] = arith.mulf %[[R1]], %[[E0]] : f64
// CHECK:           %[[V1:.*]] = tensor.extract %{{.*}}[%{{.*}}, %{{.*}}, %[[H]], %[[I1]]] : tensor<1x1x2x3xf32>
// CHECK:           %[[E1:.*]] = arith.extf %[[V1]] : f32 to f64
// CHECK:           %[[T1:.*]] = arith.mulf %[[R]], %[[E1]] : f64
// CHECK:           %[[SUM:.*]] = arith.addf %[[T0]], %[[T1]] : f64
// CHECK:           %[[RES:.*]] = arith.truncf %[[SUM]] : f64 to f32
// CHECK:           kernel.yield %[[RES]] : f32
func.func @linear_half_pixel(%x: tensor<1x1x2x3xf32>) -> tensor<1x1x2x6xf32> {
  %s = graph.constant dense<[1, 1, 2, 6]> : tensor<4xi64>
  %0 = graph.resize %x, sizes = %s {mode = "linear"} : (tensor<1x1x2x3xf32>, tensor<4xi64>) -> tensor<1x1x2x6xf32>
  return %0 : tensor<1x1x2x6xf32>
}

// cubic, tf_crop_and_resize with a roi read at run time, exclude_outside:
// four taps per dim whose weights are zeroed outside the input and
// renormalized; coordinates outside the input give extrapolation_value.
// CHECK-LABEL: func.func @cubic_crop
// CHECK-SAME:    (%[[X:.*]]: tensor<4x5xf32>, %[[ROI:.*]]: tensor<4xf32>)
// CHECK:         kernel.fused ins(%[[X]], %[[ROI]] : tensor<4x5xf32>, tensor<4xf32>)
// CHECK-NEXT:    ^bb0(%[[BX:.*]]: tensor<4x5xf32>, %[[BROI:.*]]: tensor<4xf32>, %{{.*}}: tensor<3x3xf32>):
// CHECK-DAG:     %[[EXTRAP:.*]] = arith.constant 5.000000e+00 : f32
// CHECK:           %[[R0:.*]] = tensor.extract %[[BROI]][%{{.*}}] : tensor<4xf32>
// CHECK:           %[[R0F:.*]] = arith.extf %[[R0]] : f32 to f64
// CHECK:           %[[R1:.*]] = tensor.extract %[[BROI]][%{{.*}}] : tensor<4xf32>
// CHECK:           %[[LOW:.*]] = arith.cmpf olt, %[[XO:.*]], %{{.*}} : f64
// CHECK:           %[[HIGH:.*]] = arith.cmpf ogt, %[[XO]], %{{.*}} : f64
// CHECK:           %[[OUT0:.*]] = arith.ori %[[LOW]], %[[HIGH]] : i1
// CHECK:           math.ceil %[[XO]] : f64
// CHECK-COUNT-4:   arith.select %{{.*}}, %{{.*}}, %{{.*}} : f64
// CHECK-COUNT-4:   arith.divf %{{.*}}, %{{.*}} : f64
// CHECK:           %[[OUT:.*]] = arith.ori %[[OUT0]], %{{.*}} : i1
// CHECK-COUNT-16:  tensor.extract %[[BX]]
// CHECK:           %[[V:.*]] = arith.truncf %{{.*}} : f64 to f32
// CHECK:           %[[RES:.*]] = arith.select %[[OUT]], %[[EXTRAP]], %[[V]] : f32
// CHECK:           kernel.yield %[[RES]] : f32
func.func @cubic_crop(%x: tensor<4x5xf32>, %roi: tensor<4xf32>) -> tensor<3x3xf32> {
  %s = graph.constant dense<[3, 3]> : tensor<2xi64>
  %0 = graph.resize %x, roi = %roi, sizes = %s {mode = "cubic", coordinate_transformation_mode = "tf_crop_and_resize", extrapolation_value = 5.0 : f32, exclude_outside = true} : (tensor<4x5xf32>, tensor<4xf32>, tensor<2xi64>) -> tensor<3x3xf32>
  return %0 : tensor<3x3xf32>
}

// Scales that are not constants are read in the body (as f64), along with
// output_width = scale * input_width for align_corners.
// CHECK-LABEL: func.func @runtime_scales
// CHECK-SAME:    (%[[X:.*]]: tensor<2x3xf32>, %[[S:.*]]: tensor<2xf32>)
// CHECK:         kernel.fused ins(%[[X]], %[[S]] : tensor<2x3xf32>, tensor<2xf32>)
// CHECK-NEXT:    ^bb0(%{{.*}}: tensor<2x3xf32>, %[[BS:.*]]: tensor<2xf32>, %{{.*}}: tensor<4x6xf32>):
// CHECK:           %[[S0:.*]] = tensor.extract %[[BS]][%{{.*}}] : tensor<2xf32>
// CHECK:           %[[S0F:.*]] = arith.extf %[[S0]] : f32 to f64
// CHECK:           %[[OW:.*]] = arith.mulf %[[S0F]], %{{.*}} : f64
// CHECK:           arith.cmpf oeq, %[[OW]], %{{.*}} : f64
// CHECK:           tensor.extract %[[BS]][%{{.*}}] : tensor<2xf32>
func.func @runtime_scales(%x: tensor<2x3xf32>, %s: tensor<2xf32>) -> tensor<4x6xf32> {
  %0 = graph.resize %x, scales = %s {mode = "linear", coordinate_transformation_mode = "align_corners"} : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<4x6xf32>
  return %0 : tensor<4x6xf32>
}

// linear with every dim keeping its size: each dim reads its own index, the
// one tap has weight 1, and the body is the read (through f64, as every
// linear resize sums in f64).
// CHECK-LABEL: func.func @linear_identity
// CHECK:         kernel.generic outs(%{{.*}} : tensor<2x3xf32>)
// CHECK:           %[[I:.*]] = kernel.index 0 : index
// CHECK:           %[[J:.*]] = kernel.index 1 : index
// CHECK:           %[[V:.*]] = tensor.extract %{{.*}}[%[[I]], %[[J]]] : tensor<2x3xf32>
// CHECK-NEXT:      %[[D:.*]] = arith.extf %[[V]] : f32 to f64
// CHECK-NEXT:      %[[R:.*]] = arith.truncf %[[D]] : f64 to f32
// CHECK-NEXT:      kernel.yield %[[R]] : f32
func.func @linear_identity(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %sizes = graph.constant dense<[2, 3]> : tensor<2xi64>
  %0 = graph.resize %x, sizes = %sizes {mode = "linear"} : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
