func.func @f() attributes {s = #kernel.schedule<parallel = [-1]>} { return }
