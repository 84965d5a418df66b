struct V { var x: Double }
func f(_ x: Double) -> Double { x }
print(f(V(x: 1)))
