class Box { var v: Double = 0 }; let b = Box(); b.v = 3
print(b.v / 2)
print(b.v)
