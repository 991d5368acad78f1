func.func @yield_parent(%a: f32) {
  kernel.yield %a : f32
}
