func.func @f() attributes {s = #kernel.schedule<order = [0, 3]>} { return }
