func.func @f() attributes {s = #kernel.schedule<parallel = [0, 0]>} { return }
