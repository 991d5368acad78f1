func.func @f() attributes {s = #kernel.schedule<order = [0, 0, 1]>} { return }
