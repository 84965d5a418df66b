struct A { var x = 1 }
struct B: A { var y = 2 }
print(B().y)
